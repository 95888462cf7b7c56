package vn.gialai.cds.charts;

import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.Period;
import vn.gialai.cds.indicators.Target;
import vn.gialai.cds.vocabulary.Territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Lays out an indicator's figures as line charts: years across, values up (ranks upside down, 1 at the top).
 * <ul>
 * <li>One panel per comparable axis (small multiples): ranks out of 63 and out of 34 never share an axis; a panel
 * whose figures do not fall on their side of the 1 July 2025 merger (the 2024 rank of the merged province) is split
 * by territory. Every panel shares the same years, so each point stands at its period.</li>
 * <li>One line per comparable series, never joined across the merger; the merger line where it separates a
 * panel's figures; the unit (and, for one-territory panels, the territory) in the caption above the axis.</li>
 * <li>Every label placed here, at each width the page may show ({@link Size}), so that no two label boxes
 * intersect and no label covers a marker: a value label tries above, below, right, left, then stacked further
 * out; one that fits nowhere is written under the chart instead ({@link ChartView.Layout#moved()}).</li>
 * </ul>
 */
public final class LineChart {
    /** User units per rem: a layout of w rem is drawn w × 16 units wide, so its text is 12/16 rem when it fits. */
    static final int UNITS_PER_REM = 16;
    static final double FONT = 12, SMALL = 11;
    private static final double TOP = 22, BOTTOM = 24, RIGHT = 10;

    /** The widths a chart is laid out at, in rem of the reader's text size; the page shows the widest that fits. */
    public enum Size {
        S("s", 13, 190), M("m", 20, 210), L("l", 36, 250);

        public final String id;
        public final int rem;
        final int height;

        Size(String id, int rem, int height) {
            this.id = id;
            this.rem = rem;
            this.height = height;
        }

        public int width() { return rem * UNITS_PER_REM; }
    }

    /** What the chart needs from the page's language. */
    public record Labels(String title, String description, String merger, String unitAxis,
                         IntFunction<String> rankAxis, Function<Observation, String> seriesName,
                         DoubleFunction<String> number, Function<Target, String> target,
                         Function<Observation, String> period, String targetKey, String baselineKey) {}

    /** The figures of one axis. */
    private record PanelData(Integer outOf, List<List<Observation>> series, List<Target> targets, Observation baseline,
                             Set<String> territories) {}

    /** Returns null when there is nothing numeric to draw. */
    public ChartView layout(Indicator ind, Labels labels) {
        List<Observation> numeric = ind.plotted();
        List<Target> targets = ind.targets().stream().filter(Target::isNumeric)
                .sorted(Comparator.comparingInt(Target::year)).toList();
        Observation baseline = ind.baseline() != null && ind.baseline().isNumeric() ? ind.baseline() : null;
        if (numeric.isEmpty() && baseline == null) return null;
        boolean rank = "rank".equals(ind.unit());
        double merger = Period.toYears(Territory.MERGER);

        List<PanelData> panels = panels(numeric, targets, baseline, rank, merger);

        // One time axis for every panel: whole years from the first figure or target to the last.
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE;
        List<Observation> all = new ArrayList<>(numeric);
        if (baseline != null) all.add(baseline);
        for (Observation o : all) {
            x0 = Math.min(x0, o.parsedPeriod().start().getYear());
            x1 = Math.max(x1, o.parsedPeriod().end().getYear() + 1);
        }
        for (Target t : targets) {
            x0 = Math.min(x0, t.year());
            x1 = Math.max(x1, t.year() + 1);
        }

        List<ChartView.Key> legend = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Observation o : numeric) {
            if (seen.add(o.territory())) legend.add(new ChartView.Key(o.territory(), labels.seriesName().apply(o)));
        }
        if (panels.stream().anyMatch(p -> !p.targets().isEmpty())) legend.add(new ChartView.Key("target", labels.targetKey()));
        if (baseline != null) legend.add(new ChartView.Key("baseline", labels.baselineKey()));

        List<ChartView.Layout> layouts = new ArrayList<>();
        for (Size size : Size.values()) {
            List<ChartView.Panel> drawn = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            for (PanelData p : panels) drawn.add(draw(p, size, x0, x1, rank, merger, panels.size() > 1, labels, moved));
            layouts.add(new ChartView.Layout(size.id, size.rem, drawn, moved));
        }
        return new ChartView(labels.title(), labels.description(), legend, layouts);
    }

    /** Groups the figures by axis (for ranks, the number of places), split by territory where the merger line would lie. */
    private static List<PanelData> panels(List<Observation> numeric, List<Target> targets, Observation baseline,
                                          boolean rank, double merger) {
        Map<Integer, List<Observation>> byAxis = new LinkedHashMap<>();
        for (Observation o : numeric) byAxis.computeIfAbsent(rank && o.outOf() != null ? o.outOf() : -1, k -> new ArrayList<>()).add(o);
        List<List<Observation>> groups = new ArrayList<>();
        for (List<Observation> group : byAxis.values()) {
            boolean wrongSide = group.stream().anyMatch(o -> wrongSideOfMerger(o, merger));
            if (!wrongSide) {
                groups.add(group);
                continue;
            }
            Map<String, List<Observation>> byTerritory = new LinkedHashMap<>();
            for (Observation o : group) byTerritory.computeIfAbsent(o.territory(), k -> new ArrayList<>()).add(o);
            groups.addAll(byTerritory.values());
        }
        if (groups.isEmpty()) groups.add(new ArrayList<>()); // only a baseline
        List<PanelData> out = new ArrayList<>();
        for (List<Observation> group : groups) {
            Map<Observation.SeriesKey, List<Observation>> series = new LinkedHashMap<>();
            for (Observation o : group) series.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(o);
            Set<String> territories = new LinkedHashSet<>();
            group.forEach(o -> territories.add(o.territory()));
            out.add(new PanelData(rank && !group.isEmpty() ? group.get(0).outOf() : null, new ArrayList<>(series.values()),
                    new ArrayList<>(), null, territories));
        }
        // A target goes to the first panel about its territory (the first panel when none is).
        for (Target t : targets) {
            PanelData home = out.stream().filter(p -> p.territories().contains(t.territory())).findFirst().orElse(out.get(0));
            home.targets().add(t);
        }
        if (baseline != null) {
            PanelData home = out.stream().filter(p -> p.territories().contains(baseline.territory())
                    && (!rank || java.util.Objects.equals(p.outOf(), baseline.outOf()))).findFirst().orElse(out.get(0));
            out.set(out.indexOf(home), new PanelData(home.outOf(), home.series(), home.targets(), baseline, home.territories()));
        }
        return out;
    }

    /** A province figure that would stand on the other side of the merger line than its territory. */
    static boolean wrongSideOfMerger(Observation o, double merger) {
        double at = o.parsedPeriod().midpoint();
        if (Territory.PROVINCE_AFTER_MERGER.id().equals(o.territory())) return at < merger;
        if (Territory.PROVINCE_BEFORE_MERGER.id().equals(o.territory())) return at > merger;
        return false;
    }

    private ChartView.Panel draw(PanelData p, Size size, double x0, double x1, boolean rank, double merger,
                                 boolean several, Labels labels, List<String> moved) {
        int width = size.width(), height = size.height;
        // The value axis.
        double top;
        double[] tickValues;
        if (rank) {
            double max = p.outOf() != null ? p.outOf() : niceCeiling(maxOf(p), false);
            top = max;
            tickValues = new double[5];
            for (int i = 0; i < 5; i++) tickValues[i] = Math.round(1 + (max - 1) * i / 4.0);
        } else {
            top = niceCeiling(maxOf(p), false);
            tickValues = ticks(top);
        }
        List<String> tickLabels = new ArrayList<>();
        double left = 0;
        for (double v : tickValues) {
            String s = labels.number().apply(v);
            tickLabels.add(s);
            left = Math.max(left, TextMetrics.width(s, FONT));
        }
        double plotLeft = Math.ceil(left) + 10, plotRight = width - RIGHT, plotTop = TOP, plotBottom = height - BOTTOM;
        double plotH = plotBottom - plotTop, plotW = plotRight - plotLeft;
        final double topValue = top;
        DoubleUnaryOperator x = t -> plotLeft + (t - x0) / (x1 - x0) * plotW;
        DoubleUnaryOperator y = rank
                ? v -> plotTop + (v - 1) / Math.max(topValue - 1, 1) * plotH
                : v -> plotBottom - v / topValue * plotH;

        Placer placer = new Placer(width, height);
        List<String> gridYs = new ArrayList<>();
        for (int i = 0; i < tickValues.length; i++) {
            double ty = y.applyAsDouble(tickValues[i]);
            gridYs.add(f(ty));
            placer.fixed(tickLabels.get(i), FONT, plotLeft - 5, ty + 4, "end", "tick");
        }
        // Years: every year if they fit, else every second, third… so that none collide.
        for (int step : new int[]{1, 2, 3, 5, 10, 20}) {
            Placer trial = placer.copy();
            boolean fits = true;
            for (int yr = (int) x0; yr < x1; yr += step) {
                fits &= trial.fixed(String.valueOf(yr), FONT, x.applyAsDouble(yr + 0.5), plotBottom + 16, "middle", "year");
            }
            if (fits || step == 20) {
                placer = trial;
                break;
            }
        }

        // Markers first, so that no label covers one.
        List<ChartView.Series> series = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (List<Observation> group : p.series()) {
            StringBuilder path = new StringBuilder();
            List<ChartView.Point> points = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                Observation o = group.get(i);
                double px = x.applyAsDouble(o.parsedPeriod().midpoint()), py = y.applyAsDouble(o.value());
                path.append(path.isEmpty() ? "M" : " L").append(f(px)).append(' ').append(f(py));
                points.add(new ChartView.Point(f(px), f(py)));
                placer.obstacle(Box.around(px, py, 4.5));
                String label = labels.number().apply(o.value()) + (o.outOf() != null ? "/" + o.outOf() : "");
                // The latest figure of a series is placed first: it is the one a reader looks for.
                pending.add(new Pending(label, label + " (" + labels.period().apply(o) + ")", o.territory(), px, py,
                        i == group.size() - 1 ? 0 : 2, -o.parsedPeriod().midpoint()));
            }
            // The line between two points is kept clear of labels too.
            for (int i = 1; i < group.size(); i++) {
                double ax = Double.parseDouble(points.get(i - 1).x()), ay = Double.parseDouble(points.get(i - 1).y());
                double bx = Double.parseDouble(points.get(i).x()), by = Double.parseDouble(points.get(i).y());
                int steps = (int) Math.ceil(Math.hypot(bx - ax, by - ay) / 3);
                for (int k = 1; k < steps; k++) placer.obstacle(Box.around(ax + (bx - ax) * k / steps, ay + (by - ay) * k / steps, 1.5));
            }
            series.add(new ChartView.Series(group.get(0).territory(), path.toString(), points));
        }
        List<ChartView.Point> targetPoints = new ArrayList<>();
        for (Target t : p.targets()) {
            double tx = x.applyAsDouble(t.year() + 0.5), ty = y.applyAsDouble(t.value());
            targetPoints.add(new ChartView.Point(f(tx), f(ty)));
            placer.obstacle(Box.around(tx, ty, 6.5));
            String label = labels.target().apply(t);
            pending.add(new Pending(label, labels.targetKey() + " " + label + " (" + t.year() + ")", "target", tx, ty, 1, -t.year()));
        }
        ChartView.Point base = null;
        if (p.baseline() != null) {
            Observation b = p.baseline();
            double bx = x.applyAsDouble(b.parsedPeriod().midpoint()), by = y.applyAsDouble(b.value());
            base = new ChartView.Point(f(bx), f(by));
            placer.obstacle(Box.around(bx, by, 5.5));
        }

        // The merger line, where it separates this panel's figures.
        String mergerX = null;
        boolean separates = p.territories().contains(Territory.PROVINCE_BEFORE_MERGER.id())
                && p.territories().contains(Territory.PROVINCE_AFTER_MERGER.id());
        if (separates && merger > x0 && merger < x1) {
            double mx = x.applyAsDouble(merger);
            mergerX = f(mx);
            if (!placer.fixed(labels.merger(), SMALL, mx + 3, plotTop - 7, "start", "merger")
                    && !placer.fixed(labels.merger(), SMALL, mx - 3, plotTop - 7, "end", "merger")) {
                moved.add(labels.merger());
            }
        }

        pending.sort(Comparator.comparingInt(Pending::rank).thenComparingDouble(Pending::order));
        for (Pending l : pending) {
            if (!placer.near(l.text(), l.cssClass(), l.x(), l.y())) moved.add(l.longText());
        }

        String caption = p.outOf() != null ? labels.rankAxis().apply(p.outOf()) : labels.unitAxis();
        if (several && p.territories().size() == 1 && !p.series().isEmpty()) {
            caption = labels.seriesName().apply(p.series().get(0).get(0)) + " · " + caption;
        }
        return new ChartView.Panel(caption, width, height, f(plotLeft), f(plotRight), f(plotTop), f(plotBottom), gridYs,
                series, targetPoints, base, mergerX, placer.labels());
    }

    /** A label still to place near its point: rank orders them (0 latest figures, 1 targets, 2 the rest). */
    private record Pending(String text, String longText, String cssClass, double x, double y, int rank, double order) {}

    private static double maxOf(PanelData p) {
        double max = 0;
        for (List<Observation> s : p.series()) for (Observation o : s) max = Math.max(max, o.value());
        for (Target t : p.targets()) max = Math.max(max, t.valueMax() != null ? t.valueMax() : t.value());
        if (p.baseline() != null) max = Math.max(max, p.baseline().value());
        return max;
    }

    /** Places labels so that no two boxes intersect, none covers a marker, and all stay inside the view box. */
    static final class Placer {
        private final double width, height;
        private final List<ChartView.Label> labels;
        private final List<Box> taken;
        private final List<Box> markers = new ArrayList<>();

        Placer(double width, double height) {
            this(width, height, new ArrayList<>(), new ArrayList<>());
        }

        private Placer(double width, double height, List<ChartView.Label> labels, List<Box> taken) {
            this.width = width;
            this.height = height;
            this.labels = labels;
            this.taken = taken;
        }

        Placer copy() {
            Placer p = new Placer(width, height, new ArrayList<>(labels), new ArrayList<>(taken));
            p.markers.addAll(markers);
            return p;
        }

        void obstacle(Box b) {
            taken.add(b);
            if (b.right() - b.left() > 4) markers.add(b); // a marker, not a bit of line
        }

        List<ChartView.Label> labels() { return List.copyOf(labels); }

        /** Places a label exactly there if it fits; false when it does not (then nothing is drawn). */
        boolean fixed(String text, double size, double x, double y, String anchor, String cssClass) {
            Box b = TextMetrics.box(text, size, x, y, anchor);
            if (!b.inside(0, 0, width, height)) return false;
            for (Box t : taken) if (t.intersects(b)) return false;
            taken.add(b);
            labels.add(new ChartView.Label(f(x), f(y), anchor, cssClass, text, b));
            return true;
        }

        /** Above, below, right, left of the point, then stacked further out; false when no place is free. */
        boolean near(String text, String cssClass, double px, double py) {
            double[][] candidates = {
                    {0, -8, 1}, {0, 17, 1}, {8, 4, 0}, {-8, 4, 2},
                    {6, -8, 0}, {-6, -8, 2}, {6, 17, 0}, {-6, 17, 2},
                    {0, -22, 1}, {0, 31, 1}, {0, -36, 1}, {0, 45, 1}, {8, -22, 0}, {-8, -22, 2}, {8, 31, 0}, {-8, 31, 2}};
            for (double[] c : candidates) {
                String anchor = c[2] == 0 ? "start" : c[2] == 1 ? "middle" : "end";
                // A label stacked further out must not have another marker between it and its own point.
                if (Math.abs(c[1]) > 17 && !clearBetween(px, py, py + c[1])) continue;
                if (fixed(text, FONT, px + c[0], py + c[1], anchor, cssClass)) return true;
            }
            return false;
        }

        private boolean clearBetween(double px, double py, double labelY) {
            Box between = labelY < py ? new Box(px - 3, labelY, px + 3, py - 7) : new Box(px - 3, py + 7, px + 3, labelY - 8);
            for (Box m : markers) if (m.intersects(between)) return false;
            return true;
        }
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
