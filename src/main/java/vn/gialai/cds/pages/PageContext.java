package vn.gialai.cds.pages;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.views.IndicatorViewFactory;
import vn.gialai.cds.views.NewsViewFactory;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.views.SocialFactory;
import vn.gialai.cds.views.Urls;
import vn.gialai.cds.views.Views.CardView;
import vn.gialai.cds.vocabulary.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every page type may read to make its view: the site's pages, data, strings, addresses and shared view makers. */
public record PageContext(SiteConfig config, SiteIndex index, SiteData data, Map<Language, Messages> messages, Urls urls,
                          Map<String, Indicator> indicators, IndicatorViewFactory indicatorViews, NewsViewFactory newsViews,
                          SocialFactory social) {

    public Messages t(Language lang) { return messages.get(lang); }

    /** Pages shown as cards: title, summary and address. */
    public List<CardView> cards(List<Page> pages) {
        List<CardView> out = new ArrayList<>();
        for (Page p : pages) out.add(new CardView(p.title(), p.summary(), urls.href(p.path())));
        return out;
    }
}
