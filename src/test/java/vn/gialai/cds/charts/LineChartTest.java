package vn.gialai.cds.charts;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.data.Localized;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.Target;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineChartTest {
    private static final LineChart.Labels LABELS = new LineChart.Labels("t", "d", "merger", "%", n -> "of " + n,
            o -> o.territory(), v -> String.valueOf(v), tg -> "≥" + tg.value(), o -> o.period(), "target", "baseline");

    /** The widest layout's only panel. */
    static ChartView.Panel wide(ChartView c) {
        assertEquals(1, c.layouts().get(2).panels().size());
        return c.layouts().get(2).panels().get(0);
    }

    static Indicator ind(String unit, List<Target> targets, Observation... obs) {
        return new Indicator("x", "x", new Localized("x", "x"), new Localized("x", "x"), "digital-government", List.of(), "province",
                unit, new Localized("%", "%"), "rank".equals(unit) ? "lower-is-better" : "higher-is-better", false, null,
                targets, List.of(obs), List.of("S10"), List.of(), "2026-11-27");
    }

    static Observation o(String period, double v, Integer outOf, String territory) {
        return new Observation(period, v, outOf, null, territory, "S10", "quoted", null);
    }

    @Test
    void figuresBeforeAndAfterTheMergerAreTwoSeriesWithTheBreakMarked() {
        ChartView.Panel c = wide(new LineChart().layout(ind("percent", List.of(),
                o("2022", 51.4, null, "province-before-merger"),
                o("2025-07-01/2025-08-24", 81.5, null, "province-after-merger"),
                o("2025-09-21/2025-10-20", 92.5, null, "province-after-merger")), LABELS));
        assertEquals(2, c.series().size());
        assertEquals(1, c.series().get(0).points().size());
        assertEquals(2, c.series().get(1).points().size());
        assertTrue(c.series().get(0).path().startsWith("M") && !c.series().get(0).path().contains("L"), "one point, no line");
        assertNotNull(c.mergerX());
        double mergerX = Double.parseDouble(c.mergerX());
        assertTrue(Double.parseDouble(c.series().get(0).points().get(0).x()) < mergerX);
        assertTrue(Double.parseDouble(c.series().get(1).points().get(0).x()) > mergerX);
    }

    @Test
    void twoSourcesGivingTheSameFigureAreOnePoint() {
        // 8,828 base stations at the end of 2025, from two papers: one dot and one label, not two on top of each other
        Observation one = o("2025", 8828, null, "province-after-merger");
        Observation other = new Observation("2025", 8828.0, null, null, "province-after-merger", "S11", "quoted", null);
        ChartView.Panel c = wide(new LineChart().layout(ind("count", List.of(), one, other,
                o("2024", 8000, null, "province-after-merger")), LABELS));
        assertEquals(1, c.series().size());
        assertEquals(2, c.series().get(0).points().size(), "2024 and 2025, once each");
        // a different figure for the same period is still drawn: the sources disagree, and the chart shows it
        ChartView.Panel d = wide(new LineChart().layout(ind("count", List.of(), one,
                new Observation("2025", 8900.0, null, null, "province-after-merger", "S11", "quoted", null)), LABELS));
        assertEquals(2, d.series().get(0).points().size());
    }

    @Test
    void ranksAreDrawnWithOneAtTheTop() {
        ChartView.Panel c = wide(new LineChart().layout(ind("rank", List.of(),
                o("2020", 19, 63, "province-before-merger"), o("2022", 62, 63, "province-before-merger")), LABELS));
        double y19 = Double.parseDouble(c.series().get(0).points().get(0).y());
        double y62 = Double.parseDouble(c.series().get(0).points().get(1).y());
        assertTrue(y19 < y62, "a better (smaller) rank is higher on the chart");
    }

    @Test
    void percentagesTopOutAtAHundredAndTargetsAreMarked() {
        Target t = new Target(2024, ">=", 80.0, null, new Localized("t", "t"), "province-before-merger", List.of("S07"), "quoted", null);
        ChartView.Panel c = wide(new LineChart().layout(ind("percent", List.of(t), o("2022", 51.4, null, "province-before-merger")), LABELS));
        assertTrue(c.labels().stream().anyMatch(l -> l.cssClass().equals("tick") && l.text().equals("100.0")), c.labels().toString());
        assertEquals(1, c.targets().size());
        assertNull(c.mergerX(), "no merger line when every figure is before it");
    }

    @Test
    void ranksOfDifferentNumbersOfPlacesAreSeparatePanels() {
        ChartView c = new LineChart().layout(ind("rank", List.of(),
                o("2022", 62, 63, "province-before-merger"), o("2024", 31, 34, "province-after-merger")), LABELS);
        for (ChartView.Layout l : c.layouts()) {
            assertEquals(List.of("of 63", "of 34"), l.panels().stream().map(p -> p.caption().replaceAll(".* · ", "")).toList());
        }
    }

    @Test
    void nothingToDrawWithoutNumbers() {
        Observation words = new Observation("2023", null, null, new Localized("hơn 61%", "over 61%"), "province-before-merger", "S11", "quoted", null);
        assertNull(new LineChart().layout(ind("percent", List.of(), words), LABELS));
    }

    @Test
    void coordinatesAreWrittenTheSameOnEveryMachine() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            ChartView.Panel c = wide(new LineChart().layout(ind("percent", List.of(), o("2022", 51.4, null, "province-before-merger")), LABELS));
            assertTrue(c.series().get(0).path().matches("M[0-9.]+ [0-9.]+"), c.series().get(0).path());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
