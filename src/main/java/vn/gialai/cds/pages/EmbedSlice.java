package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.EmbedViews.EmbedView;
import vn.gialai.cds.vocabulary.PageType;

/**
 * An indicator's embed page (…/&lt;id&gt;/embed/, made from data/indicators/&lt;id&gt;.json): the latest figure with its
 * source, period, territory and confidence, the chart, the source line and a link back, for an iframe on another site.
 * Not shared, searched or listed; served with a policy that lets other sites frame it (publish/HostHeaders).
 */
public final class EmbedSlice implements Slice {
    private final PageContext c;

    EmbedSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.EMBED; }

    @Override
    public EmbedView view(Page page) {
        return c.indicatorViews().embed(c.indicators().get(page.field("indicator")), page.lang());
    }
}
