package vn.gialai.cds.views;

import vn.gialai.cds.charts.ChartView;
import vn.gialai.cds.views.Views.LinkView;

import java.util.List;

/** What the indicator, dashboard and list templates show, all text already in the page's language. */
public final class IndicatorViews {

    /** A status as shown: its id (CSS class and data field), its name, its icon, and one sentence of reasoning. */
    /**
     * A status: its name and icon, the reasoning with its figures ({@code reason}, on the indicator's page) and one
     * everyday sentence saying why ({@code why}, after every badge).
     */
    public record StatusView(String id, String label, String icon, String reason, String why) {}

    /** One row of the figures table: the figure, and whether it is the indicator's baseline. */
    public record ObservationView(Figure figure, boolean baseline) {}

    /** One target: the goal as a figure (year, territory, sources, confidence), and the words of its document. */
    public record TargetView(Figure figure, String text) {}

    /**
     * An indicator in a list: dashboard, pillar and sector pages, the home page. figure: the latest figure, or null;
     * target: a target of the figure's own territory (never another territory's), or null, and then targetNote says
     * why there is none ("no target", "no target for the province from 1 July 2025").
     */
    public record IndicatorSummary(String id, String name, String href, Figure figure, Figure target, String targetNote,
                                   StatusView status, boolean national) {}

    /** How many indicators have each status. */
    public record StatusCount(String id, String label, String icon, int count) {}

    /** A pillar's block on the dashboard. */
    public record PillarGroup(String id, String title, String href, List<StatusCount> counts,
                              List<IndicatorSummary> province, List<IndicatorSummary> national) {}

    /** The dashboard: filters (pillars as anchors, sectors as links), overall counts, the groups, downloads. */
    public record DashboardView(List<LinkView> pillarFilters, List<LinkView> sectorFilters, List<StatusCount> counts,
                                List<PillarGroup> groups, String csvHref, String jsonHref, String methodologyHref,
                                List<ConfidenceKey> confidenceKey) {}

    /** Indicators that belong to a pillar or sector page, with their counts. */
    public record IndicatorListView(List<StatusCount> counts, List<IndicatorSummary> province, List<IndicatorSummary> national,
                                    String dashboardHref, List<ConfidenceKey> confidenceKey) {}

    /** One confidence mark and its word, for the key under the cards (vocabulary/Confidence). */
    public record ConfidenceKey(String id, String mark, String label) {}

    /** A whole indicator page. */
    public record IndicatorView(
            String id,
            String name,
            String explanation,
            String unit,
            LinkView pillar,
            String pillarLead,
            List<LinkView> sectors,
            Figure figure,
            StatusView status,
            ChartView chart,
            List<ObservationView> observations,
            List<TargetView> targets,
            List<String> notes,
            String csvHref,
            String jsonHref,
            String methodologyHref,
            FigureReuse reuse) {}

    /**
     * How the figures travel: the "cite this" line (title, publisher, date, address), the embed page, and the chart as
     * SVG and PNG with the source line drawn in (both empty when there is no chart).
     */
    public record FigureReuse(String citation, String embedHref, String svgHref, String pngHref, String sourceLine,
                              String address, String embedCode) {}

    private IndicatorViews() {}
}
