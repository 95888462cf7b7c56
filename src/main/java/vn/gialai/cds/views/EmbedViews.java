package vn.gialai.cds.views;

import vn.gialai.cds.charts.ChartView;

/** What an indicator's embed page shows: the figure with its provenance, the chart, the source line, the way back. */
public final class EmbedViews {

    /**
     * A figure with what must travel with it. The fields are the ones the site's figure type carries (value, period,
     * territory, source's readable name, confidence), so that type can implement this and replace {@link Figure}.
     */
    public interface FigureFacts {
        String value();
        String period();
        String territory();
        String sourceName();
        String sourceHref();
        String confidence();
    }

    /** An indicator's latest figure as the embed page shows it. */
    public record Figure(String value, String period, String territory, String sourceName, String sourceHref,
                         String confidence) implements FigureFacts {}

    /**
     * The embed page: the indicator's name, its latest figure (null when it has none), its chart (null when nothing is
     * numeric), the source line drawn under the chart images too, the indicator page's absolute address and the
     * site's name for the link back.
     */
    public record EmbedView(String name, FigureFacts figure, ChartView chart, String sourceLine, String pageHref,
                            String siteName) {}

    private EmbedViews() {}
}
