package vn.gialai.cds.pipeline;

import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.pages.PageContext;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.views.IndicatorViewFactory;
import vn.gialai.cds.views.NewsViewFactory;
import vn.gialai.cds.views.PageViewFactory;
import vn.gialai.cds.views.SocialFactory;
import vn.gialai.cds.views.Urls;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything templates are handed, wired once: each page's models, through its type's slice. */
public final class Wiring {
    /**
     * @param stylesheet the fingerprinted stylesheet's path; scripts the fingerprinted scripts by file name
     * @param images     each page's photo in its sizes, by the page's address
     */
    public static PageModels models(Loaded in, Composition c, Urls urls, String stylesheet, Map<String, String> scripts,
                                    Map<String, List<NewsImages.Variant>> images, LocalDate now) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (Indicator i : in.indicators()) byId.put(i.id(), i);
        IndicatorViewFactory indicatorViews = new IndicatorViewFactory(in.indicators(), in.assessments(), c.index(), in.data(),
                in.messages(), urls);
        NewsViewFactory newsViews = new NewsViewFactory(in.config(), c.newsroom(), c.newsPages(), c.index(), urls, in.messages(),
                images, indicatorViews);
        SocialFactory social = new SocialFactory(in.config(), c.index(), urls, in.messages(), images);
        PageViewFactory common = new PageViewFactory(in.config(), c.index(), in.messages(), urls, stylesheet, scripts, newsViews,
                social, now, new vn.gialai.cds.views.OperatorViews(in.data(), in.messages()));
        PageContext context = new PageContext(in.config(), c.index(), in.data(), in.messages(), urls, byId, indicatorViews,
                newsViews, social);
        return new PageModels(context, common);
    }

    private Wiring() {}
}
