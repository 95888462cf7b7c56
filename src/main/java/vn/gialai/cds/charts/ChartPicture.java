package vn.gialai.cds.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator's chart as a picture that stands alone (the PNG and SVG people download and reuse): its title, each
 * panel of the widest layout with its caption, the legend, and the source line and the page's address drawn in, so
 * the figure never travels without them. A list of shapes with absolute coordinates; {@link #svg()} writes it as SVG,
 * outputs/ChartImages paints the same shapes as PNG.
 */
public record ChartPicture(int width, int height, List<Shape> shapes) {
    static final double MARGIN = 16, TITLE = 16, TEXT = 12;

    /** The colours of the page's stylesheet (indicator-chart.css), for a picture that has no stylesheet. */
    public static final Map<String, String> COLOURS = Map.of(
            "province-before-merger", "#0b4f8a", "province-after-merger", "#8a3b00", "national", "#3f474b",
            "target", "#00703c", "baseline", "#1b1b1b", "tick", "#3f474b", "year", "#3f474b", "merger", "#1b1b1b",
            "grid", "#d8dadc", "text", "#1b1b1b");

    /** One thing drawn: kind text, line, path, circle or diamond. */
    public record Shape(String kind, double[] xy, double size, String colour, boolean bold, String anchor, String text,
                        boolean dashed) {}

    public static ChartPicture of(ChartView chart, String sourceLine, String address) {
        ChartView.Layout layout = chart.layouts().get(chart.layouts().size() - 1);
        int width = layout.panels().get(0).width();
        List<Shape> out = new ArrayList<>();
        double y = MARGIN;
        for (String line : wrap(chart.title(), TITLE, width - 2 * MARGIN)) {
            y += TITLE * 1.3;
            out.add(text(MARGIN, y, TITLE, "text", true, "start", line));
        }
        for (ChartView.Panel p : layout.panels()) {
            for (String line : wrap(p.caption(), TEXT, width - 2 * MARGIN)) {
                y += TEXT * 1.4;
                out.add(text(MARGIN, y, TEXT, "tick", false, "start", line));
            }
            y += 4;
            draw(p, y, out);
            y += p.height();
        }
        StringBuilder legend = new StringBuilder();
        double lx = MARGIN;
        y += TEXT * 1.4;
        for (ChartView.Key k : chart.legend()) {
            double w = TextMetrics.width(k.label(), TEXT) + 26;
            if (lx + w > width - MARGIN && lx > MARGIN) {
                lx = MARGIN;
                y += TEXT * 1.5;
            }
            out.add(new Shape("line", new double[]{lx, y - 4, lx + 14, y - 4}, 3, k.cssClass(), false, "", "", false));
            out.add(text(lx + 18, y, TEXT, k.cssClass(), false, "start", k.label()));
            lx += w;
            legend.append(k.label());
        }
        for (String line : layout.moved()) {
            y += TEXT * 1.4;
            out.add(text(MARGIN, y, TEXT, "text", false, "start", line));
        }
        y += 6;
        for (String line : wrap(sourceLine, TEXT, width - 2 * MARGIN)) {
            y += TEXT * 1.4;
            out.add(text(MARGIN, y, TEXT, "text", true, "start", line));
        }
        for (String line : wrap(address, TEXT, width - 2 * MARGIN)) {
            y += TEXT * 1.4;
            out.add(text(MARGIN, y, TEXT, "tick", false, "start", line));
        }
        return new ChartPicture(width, (int) Math.ceil(y + MARGIN), out);
    }

    private static void draw(ChartView.Panel p, double top, List<Shape> out) {
        double l = d(p.plotLeft()), r = d(p.plotRight());
        for (String gy : p.gridYs()) out.add(new Shape("line", new double[]{l, top + d(gy), r, top + d(gy)}, 1, "grid", false, "", "", false));
        if (p.mergerX() != null) {
            double mx = d(p.mergerX());
            out.add(new Shape("line", new double[]{mx, top + d(p.plotTop()), mx, top + d(p.plotBottom())}, 1.5, "merger", false, "", "", true));
        }
        for (ChartView.Point t : p.targets()) out.add(new Shape("diamond", new double[]{d(t.x()), top + d(t.y())}, 6, "target", false, "", "", false));
        if (p.baseline() != null) out.add(new Shape("ring", new double[]{d(p.baseline().x()), top + d(p.baseline().y())}, 5, "baseline", false, "", "", false));
        for (ChartView.Series s : p.series()) {
            double[] xy = new double[s.points().size() * 2];
            for (int i = 0; i < s.points().size(); i++) {
                xy[2 * i] = d(s.points().get(i).x());
                xy[2 * i + 1] = top + d(s.points().get(i).y());
            }
            if (s.points().size() > 1) out.add(new Shape("path", xy, 2.5, s.cssClass(), false, "", "", false));
            for (int i = 0; i < s.points().size(); i++) out.add(new Shape("circle", new double[]{xy[2 * i], xy[2 * i + 1]}, 4, s.cssClass(), false, "", "", false));
        }
        for (ChartView.Label lb : p.labels()) {
            boolean value = !lb.cssClass().equals("tick") && !lb.cssClass().equals("year") && !lb.cssClass().equals("merger");
            out.add(text(d(lb.x()), top + d(lb.y()), lb.cssClass().equals("merger") ? LineChart.SMALL : LineChart.FONT,
                    lb.cssClass(), value, lb.anchor(), lb.text()));
        }
    }

    private static Shape text(double x, double y, double size, String colour, boolean bold, String anchor, String text) {
        return new Shape("text", new double[]{x, y}, size, colour, bold, anchor, text, false);
    }

    /** Words into lines no wider than width (estimated as {@link TextMetrics} does). */
    static List<String> wrap(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMetrics.width(next, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The picture as a standalone SVG document (no stylesheet, no script, no external reference). */
    public String svg() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
          .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
          .append("\" font-family=\"'Be Vietnam Pro', 'DejaVu Sans', Arial, sans-serif\">\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Shape s : shapes) {
            String c = COLOURS.getOrDefault(s.colour(), "#1b1b1b");
            double[] p = s.xy();
            switch (s.kind()) {
                case "text" -> sb.append("<text x=\"").append(f(p[0])).append("\" y=\"").append(f(p[1])).append("\" font-size=\"")
                        .append(f(s.size())).append("\" fill=\"").append(c).append('"')
                        .append(s.bold() ? " font-weight=\"700\"" : "")
                        .append(s.anchor().equals("start") ? "" : " text-anchor=\"" + s.anchor() + "\"")
                        .append('>').append(escape(s.text())).append("</text>\n");
                case "line" -> sb.append("<line x1=\"").append(f(p[0])).append("\" y1=\"").append(f(p[1])).append("\" x2=\"")
                        .append(f(p[2])).append("\" y2=\"").append(f(p[3])).append("\" stroke=\"").append(c)
                        .append("\" stroke-width=\"").append(f(s.size())).append('"')
                        .append(s.dashed() ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
                case "path" -> {
                    sb.append("<path fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"").append(f(s.size())).append("\" d=\"");
                    for (int i = 0; i < p.length; i += 2) sb.append(i == 0 ? "M" : " L").append(f(p[i])).append(' ').append(f(p[i + 1]));
                    sb.append("\"/>\n");
                }
                case "circle" -> sb.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"")
                        .append(f(s.size())).append("\" fill=\"").append(c).append("\"/>\n");
                case "ring" -> sb.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"")
                        .append(f(s.size())).append("\" fill=\"#ffffff\" stroke=\"").append(c).append("\" stroke-width=\"2\"/>\n");
                case "diamond" -> sb.append("<path fill=\"#ffffff\" stroke=\"").append(c).append("\" stroke-width=\"2\" d=\"M")
                        .append(f(p[0] - s.size())).append(' ').append(f(p[1])).append(" l").append(f(s.size())).append(' ')
                        .append(f(-s.size())).append(" l").append(f(s.size())).append(' ').append(f(s.size())).append(" l")
                        .append(f(-s.size())).append(' ').append(f(s.size())).append(" z\"/>\n");
                default -> throw new IllegalStateException(s.kind());
            }
        }
        return sb.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double d(String s) { return Double.parseDouble(s); }

    private static String f(double v) { return LineChart.f(v); }
}
