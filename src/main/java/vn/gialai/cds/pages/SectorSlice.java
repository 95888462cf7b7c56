package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.IndicatorViews.IndicatorListView;
import vn.gialai.cds.views.NewsViews.LatestNewsView;
import vn.gialai.cds.vocabulary.PageType;

/** One of the eight priority sectors: its text, then the indicators that concern it and its latest news. */
public final class SectorSlice implements Slice {
    public record SectorView(IndicatorListView indicators, LatestNewsView latestNews) {}

    private final PageContext c;

    SectorSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.SECTOR; }

    @Override
    public SectorView view(Page page) {
        String sector = page.field("sector");
        return new SectorView(c.indicatorViews().list(page.lang(), i -> i.sectors().contains(sector)),
                c.newsViews().latestOf(page.lang(), "sector", sector));
    }
}
