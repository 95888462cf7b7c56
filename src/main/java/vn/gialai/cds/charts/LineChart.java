package vn.gialai.cds.charts;

import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.Period;
import vn.gialai.cds.indicators.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Lays out an indicator's figures as a line chart: years across, values up (ranks upside down, 1 at the
 * top), one line per comparable series, so figures before and after the 1 July 2025 merger are never
 * joined; the baseline and the numeric targets marked. Small enough to read on a 360 px phone.
 */
public final class LineChart {
    public static final int WIDTH = 400;
    public static final int HEIGHT = 240;
    private static final double LEFT = 46, RIGHT = 14, TOP = 22, BOTTOM = 30;
    private static final double LABEL_WIDTH = 34;

    /** What the chart needs from the page's language. */
    public record Labels(String title, String description, String yAxis, String merger,
                         Function<Observation, String> seriesName, DoubleFunction<String> number,
                         Function<Target, String> target) {}

    /** Returns null when there is nothing numeric to draw. */
    public ChartView layout(Indicator ind, Labels labels) {
        List<Observation> numeric = ind.chronological().stream().filter(Observation::isNumeric).toList();
        List<Target> targets = ind.targets().stream().filter(Target::isNumeric).toList();
        Observation baseline = ind.baseline() != null && ind.baseline().isNumeric() ? ind.baseline() : null;
        if (numeric.isEmpty() && baseline == null) return null;

        boolean rank = "rank".equals(ind.unit());
        double minT = Double.MAX_VALUE, maxT = -Double.MAX_VALUE, maxV = 0;
        List<Observation> all = new ArrayList<>(numeric);
        if (baseline != null) all.add(baseline);
        for (Observation o : all) {
            minT = Math.min(minT, Math.floor(o.parsedPeriod().start().getYear()));
            maxT = Math.max(maxT, o.parsedPeriod().end().getYear() + 1);
            maxV = Math.max(maxV, o.value());
            if (o.outOf() != null) maxV = Math.max(maxV, Math.min(o.outOf(), o.value() * 1.2));
        }
        for (Target t : targets) {
            minT = Math.min(minT, t.year());
            maxT = Math.max(maxT, t.year() + 1);
            maxV = Math.max(maxV, t.valueMax() != null ? t.valueMax() : t.value());
        }
        double top = niceCeiling(maxV, "percent".equals(ind.unit()));
        double[] ticks = ticks(top);

        final double x0 = minT, x1 = maxT;
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        DoubleFunction<Double> x = t -> LEFT + (t - x0) / (x1 - x0) * plotW;
        DoubleFunction<Double> y = rank
                ? v -> TOP + (v - 1) / Math.max(top - 1, 1) * plotH
                : v -> TOP + plotH - v / top * plotH;

        List<ChartView.Tick> yTicks = new ArrayList<>();
        for (double v : ticks) {
            double value = rank && v == 0 ? 1 : v;
            yTicks.add(new ChartView.Tick(f(y.apply(value)), labels.number().apply(value)));
        }
        List<ChartView.Tick> xTicks = new ArrayList<>();
        int span = (int) (x1 - x0);
        int step = span > 8 ? 2 : 1;
        for (int yr = (int) x0; yr < x1; yr += step) {
            xTicks.add(new ChartView.Tick(f(x.apply(yr + 0.5)), String.valueOf(yr)));
        }

        // One series per comparable group (territory, and number of places for ranks), in time order.
        Map<Observation.SeriesKey, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : numeric) groups.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(o);
        List<ChartView.Series> series = new ArrayList<>();
        for (List<Observation> group : groups.values()) {
            StringBuilder path = new StringBuilder();
            List<ChartView.Marker> points = new ArrayList<>();
            double previousX = -1e9;
            boolean below = false;
            for (Observation o : group) {
                double px = x.apply(o.parsedPeriod().midpoint());
                double py = y.apply(o.value());
                path.append(path.isEmpty() ? "M" : " L").append(f(px)).append(' ').append(f(py));
                String label = labels.number().apply(o.value()) + (o.outOf() != null ? "/" + o.outOf() : "");
                // Labels of points closer than a label's width alternate above and below the line.
                below = px - previousX < LABEL_WIDTH && !below;
                previousX = px;
                points.add(new ChartView.Marker(f(px), f(py), label, f(below ? py + 16 : labelY(py))));
            }
            Observation first = group.get(0);
            series.add(new ChartView.Series(first.territory(), labels.seriesName().apply(first), path.toString(), points));
        }

        List<ChartView.Marker> targetMarkers = new ArrayList<>();
        for (Target t : targets) {
            double tx = x.apply(t.year() + 0.5), ty = y.apply(t.value());
            targetMarkers.add(new ChartView.Marker(f(tx), f(ty), labels.target().apply(t), f(labelY(ty))));
        }
        ChartView.Marker base = null;
        if (baseline != null) {
            double bx = x.apply(baseline.parsedPeriod().midpoint()), by = y.apply(baseline.value());
            base = new ChartView.Marker(f(bx), f(by), labels.number().apply(baseline.value()), f(labelY(by)));
        }
        ChartView.MergerLine merger = null;
        double m = Period.toYears(Period.MERGER);
        if (!ind.isNational() && m > x0 && m < x1) {
            double mx = x.apply(m);
            boolean right = mx > WIDTH * 0.6; // near the right edge the label reads leftwards, so it stays inside
            merger = new ChartView.MergerLine(f(mx), labels.merger(), f(right ? mx - 3 : mx + 3), right ? "end" : "start");
        }
        return new ChartView(WIDTH, HEIGHT, labels.title(), labels.description(), f(LEFT), f(WIDTH - RIGHT), f(TOP),
                f(HEIGHT - BOTTOM), labels.yAxis(), yTicks, xTicks, series, targetMarkers, base, merger);
    }

    private static double labelY(double py) {
        return py - 7 < TOP ? py + 14 : py - 7;
    }

    /** The smallest "round" number at or above v: 10, 20, 25, 50, 100 … (100 caps shares). */
    static double niceCeiling(double v, boolean percent) {
        if (v <= 0) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            double c = m * magnitude;
            if (c >= v) return percent ? Math.min(100, c) : c;
        }
        return 10 * magnitude;
    }

    /** Five evenly spaced ticks from 0 to top. */
    static double[] ticks(double top) {
        double[] t = new double[5];
        for (int i = 0; i < 5; i++) t[i] = top * i / 4;
        return t;
    }

    /** SVG numbers with one decimal and a dot, whatever the machine's locale. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
