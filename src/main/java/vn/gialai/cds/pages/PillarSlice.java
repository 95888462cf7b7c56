package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.IndicatorViews.IndicatorListView;
import vn.gialai.cds.views.NewsViews.LatestNewsView;
import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.vocabulary.Pillar;

/** One of the three pillars: its text, then its indicators with their status and its latest news. */
public final class PillarSlice implements Slice {
    /** @param onlineServices whether the page starts with the "do procedures online" block (the digital-government pillar) */
    public record PillarView(IndicatorListView indicators, LatestNewsView latestNews, boolean onlineServices) {}

    private final PageContext c;

    PillarSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.PILLAR; }

    @Override
    public PillarView view(Page page) {
        String pillar = page.field("pillar");
        return new PillarView(c.indicatorViews().list(page.lang(), i -> i.pillar().equals(pillar)),
                c.newsViews().latestOf(page.lang(), "pillar", pillar), Pillar.DIGITAL_GOVERNMENT.id().equals(pillar));
    }
}
