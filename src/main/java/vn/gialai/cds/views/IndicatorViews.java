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

    /** One row of the figures table. */
    public record ObservationView(String period, String value, String territory, LinkView source, String sourceName,
                                  String confidence, String note, boolean baseline) {}

    /** One target. */
    public record TargetView(String year, String target, String text, String territory, List<LinkView> sources,
                             String confidence, String note) {}

    /** An indicator in a list: dashboard, pillar and sector pages, the home page. */
    public record IndicatorSummary(String id, String name, String href, String latest, String latestPeriod,
                                   String target, StatusView status, boolean national) {}

    /** How many indicators have each status. */
    public record StatusCount(String id, String label, String icon, int count) {}

    /** A pillar's block on the dashboard. */
    public record PillarGroup(String id, String title, String href, List<StatusCount> counts,
                              List<IndicatorSummary> province, List<IndicatorSummary> national) {}

    /** The dashboard: filters (pillars as anchors, sectors as links), overall counts, the groups, downloads. */
    public record DashboardView(List<LinkView> pillarFilters, List<LinkView> sectorFilters, List<StatusCount> counts,
                                List<PillarGroup> groups, String csvHref, String jsonHref, String methodologyHref) {}

    /** Indicators that belong to a pillar or sector page, with their counts. */
    public record IndicatorListView(List<StatusCount> counts, List<IndicatorSummary> province, List<IndicatorSummary> national,
                                    String dashboardHref) {}

    /** A whole indicator page. */
    public record IndicatorView(
            String id,
            String name,
            String explanation,
            String unit,
            LinkView pillar,
            String pillarLead,
            List<LinkView> sectors,
            String headlineValue,
            String headlinePeriod,
            String headlineTerritory,
            LinkView headlineSource,
            StatusView status,
            ChartView chart,
            List<ObservationView> observations,
            List<TargetView> targets,
            List<String> notes,
            String csvHref,
            String jsonHref,
            String methodologyHref) {}

    private IndicatorViews() {}
}
