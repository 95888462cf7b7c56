package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.sharing.CardFigure;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.views.IndicatorViews.IndicatorListView;
import vn.gialai.cds.views.NewsViews.LatestNewsView;
import vn.gialai.cds.views.Views.CardView;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.List;

/** The home page of each language: the programme in brief, its pillars and sectors, headline figures, latest news. */
public final class HomeSlice implements Slice {
    /** @param further the home page's "find out more" list (site.home.further in jbake.properties) */
    public record HomeView(List<CardView> pillars, List<CardView> sectors, List<CardView> further,
                           IndicatorListView indicators, LatestNewsView latestNews) {}

    private final PageContext c;

    HomeSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.HOME; }

    @Override
    public HomeView view(Page page) {
        Language lang = page.lang();
        List<Page> further = new ArrayList<>();
        for (String key : c.config().list("site.home.further")) c.index().byKey(lang, key).ifPresent(further::add);
        return new HomeView(c.cards(c.index().ofType(lang, PageType.PILLAR)), c.cards(c.index().ofType(lang, PageType.SECTOR)),
                c.cards(further), c.indicatorViews().list(lang, Indicator::headline), c.newsViews().latestAll(lang));
    }

    @Override
    public String documentTitle(Page page, PageContext c) {
        var t = c.t(page.lang());
        return t.get("site.name") + " – " + t.get("site.tagline");
    }

    @Override
    public String shareTitle(Page page, PageContext c) { return c.t(page.lang()).get("site.name"); }

    @Override
    public CardSpec card(Page page, PageContext c) {
        return c.social().card(page, c.t(page.lang()).get("site.tagline"), CardFigure.NONE);
    }

    @Override
    public List<String> structuredData(Page page) { return List.of(c.social().website(page.lang())); }
}
