package vn.gialai.cds.views;

import vn.gialai.cds.charts.ChartView;

/** What an indicator's embed page shows: the figure with its provenance, the chart, the source line, the way back. */
public final class EmbedViews {

    /**
     * The embed page: the indicator's name, its latest figure (the site's one {@link Figure} type, so it carries its
     * source, period, territory and confidence; null when it has none), its chart (null when nothing is numeric), the
     * source line drawn under the chart images too, the indicator page's absolute address and the site's name for the
     * link back.
     */
    public record EmbedView(String name, Figure figure, ChartView chart, String sourceLine, String pageHref,
                            String siteName) {}

    private EmbedViews() {}
}
