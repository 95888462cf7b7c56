package vn.gialai.cds.charts;

import java.util.List;

/**
 * An indicator's chart, computed in Java, for the indicator-chart template to draw as inline SVG. The same chart is
 * laid out at a few widths measured in the page's text size ({@link LineChart#SIZES}); the page shows the one that
 * fits its column (a container query in rem), so the labels grow with the reader's text setting and never overlap.
 * Every coordinate is already a string in SVG user units; every label is already in the page's language.
 */
public record ChartView(
        String title,
        String description,
        List<Key> legend,
        List<Layout> layouts) {

    /** One entry of the legend under the chart: a series (by territory), the targets or the baseline. */
    public record Key(String cssClass, String label) {}

    /**
     * The chart at one width: size is s, m or l (the CSS modifier); widthEm the width in rem it is drawn for;
     * panels one per comparable axis (small multiples); moved the labels that did not fit and are written under it.
     */
    public record Layout(String size, int widthEm, List<Panel> panels, List<String> moved) {}

    /**
     * One axis: caption says what the axis counts (its unit, and the territory when the panel shows only one);
     * width and height the view box; the plot area; grid lines; the series; targets and baseline markers; the merger
     * line (null where it does not separate this panel's figures); every label with its box.
     */
    public record Panel(String caption, int width, int height, String plotLeft, String plotRight, String plotTop,
                        String plotBottom, List<String> gridYs, List<Series> series, List<Point> targets, Point baseline,
                        String mergerX, List<Label> labels) {}

    /** Comparable figures joined by a line; cssClass says which territory (before / after the merger, national). */
    public record Series(String cssClass, String path, List<Point> points) {}

    /** A marker's centre. */
    public record Point(String x, String y) {}

    /**
     * A text drawn in the chart: where (x, y of its baseline, anchor start/middle/end), its CSS modifier (tick, year,
     * merger, target, baseline, or the series' territory), its text, and the box it takes.
     */
    public record Label(String x, String y, String anchor, String cssClass, String text, Box box) {}
}
