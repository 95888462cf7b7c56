package vn.gialai.cds.charts;

import java.util.List;

/**
 * A chart's geometry, computed in Java, for the indicator-chart template to draw as inline SVG. Every
 * coordinate is already a string in SVG user units; every label is already in the page's language.
 */
public record ChartView(
        int width,
        int height,
        String title,
        String description,
        String plotLeft,
        String plotRight,
        String plotTop,
        String plotBottom,
        String yAxisLabel,
        List<Tick> yTicks,
        List<Tick> xTicks,
        List<Series> series,
        List<Marker> targets,
        Marker baseline,
        MergerLine merger) {

    /** A tick: its position on its axis and its label. */
    public record Tick(String at, String label) {}

    /** A point with its label (the value as the language writes it). */
    public record Marker(String x, String y, String label, String labelY) {}

    /** Comparable figures joined by a line; cssClass says which territory (before / after the merger, national). */
    public record Series(String cssClass, String name, String path, List<Marker> points) {}

    /** The 1 July 2025 break: a vertical line no series crosses. */
    public record MergerLine(String x, String label, String labelX, String anchor) {}
}
