package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.IndicatorViews.DashboardView;
import vn.gialai.cds.vocabulary.PageType;

/** The progress dashboard: every indicator, grouped by pillar, with its status and the downloads. */
public final class ProgressSlice implements Slice {
    private final PageContext c;

    ProgressSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.PROGRESS; }

    @Override
    public DashboardView view(Page page) { return c.indicatorViews().dashboard(page.lang()); }
}
