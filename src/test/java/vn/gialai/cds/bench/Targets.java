package vn.gialai.cds.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Issue 17's six targets against one run of the benchmark: the figure measured and whether it is met, computed from
 * the run's rows (never written by hand). The targets are set at 2,000 articles per language; a run without 2,000 is
 * judged at its largest size and says so.
 */
final class Targets {
    enum Verdict {
        MET("**met**"), NOT_MET("**not met**"), NOT_MEASURED("not measured");

        final String shown;

        Verdict(String shown) { this.shown = shown; }
    }

    record Target(String name, String figure, Verdict verdict) {}

    /** The size and limits. */
    static final int SIZE = 2000;
    static final double PREVIEW_PAGE_S = 0.1, PREVIEW_ALL_S = 1.0, COLD_RATIO = 5, EQUAL_RATIO = 2, PEAK_MB = 400;
    /** Growth: how much a per-article figure may rise from one size to the next and still count as not growing (run-to-run noise). */
    static final double GROWTH_TOLERANCE = 1.10;

    /** What a Lighthouse run found: pages fully scored (of three) and the lowest score of any category on any of them. */
    record LighthouseScores(int pagesScored, int pagesAsked, int lowest) {
        static LighthouseScores notRun() { return new LighthouseScores(0, 0, 100); }
    }

    /** The row the targets are judged on: 2,000 per language if measured, else the largest size. */
    static Benchmark.Row judged(List<Benchmark.Row> rows) {
        return rows.stream().filter(r -> r.n() == SIZE).findFirst()
                .orElseGet(() -> rows.stream().max(Comparator.comparingInt(Benchmark.Row::n)).orElseThrow());
    }

    static List<Target> evaluate(List<Benchmark.Row> rows, LighthouseScores lighthouse) {
        Benchmark.Row r = judged(rows);
        Double hugo = r.hugo() == null ? null : r.hugo().wall();
        List<Target> out = new ArrayList<>();

        String one = f("%.2f s", r.oneChange().wall());
        out.add(hugo == null
                ? new Target("publish after one change (new process, caches on disk) faster than Hugo's full build", one + "; Hugo not run", Verdict.NOT_MEASURED)
                : new Target("publish after one change (new process, caches on disk) faster than Hugo's full build",
                one + f(" against Hugo's %.2f s: %.1f×", hugo, r.oneChange().wall() / hugo), verdict(r.oneChange().wall() < hugo)));

        double page = r.rebuild()[0], all = r.rebuild()[1];
        out.add(new Target("preview after one save, warm JVM: the page within 100 ms, everything that depends on it within 1 s",
                f("the page %.0f ms, everything %.2f s", page * 1000, all), verdict(page <= PREVIEW_PAGE_S && all <= PREVIEW_ALL_S)));

        long peakMb = r.ours().rssKb() / 1024;
        String cold = f("peak %d MB", peakMb);
        if (hugo == null) {
            out.add(new Target("cold build with every gate on within 5× of Hugo, peak memory under 400 MB", cold + "; Hugo not run",
                    peakMb >= PEAK_MB ? Verdict.NOT_MET : Verdict.NOT_MEASURED));
        } else {
            double ratio = r.ours().wall() / hugo;
            out.add(new Target("cold build with every gate on within 5× of Hugo, peak memory under 400 MB",
                    f("%.1f× (%.2f s against %.2f s), ", ratio, r.ours().wall(), hugo) + cold, verdict(ratio <= COLD_RATIO && peakMb < PEAK_MB)));
        }

        out.add(hugo == null
                ? new Target("equal work (cards and HTML checks from their caches, the rest cold) within 2× of Hugo",
                f("%.2f s; Hugo not run", r.equal().wall()), Verdict.NOT_MEASURED)
                : new Target("equal work (cards and HTML checks from their caches, the rest cold) within 2× of Hugo",
                f("%.1f× (%.2f s against %.2f s)", r.equal().wall() / hugo, r.equal().wall(), hugo), verdict(r.equal().wall() / hugo <= EQUAL_RATIO)));

        out.add(growth(rows));

        String lh = lighthouse.pagesAsked() == 0 ? "not run" : f("lowest score %d on %d of %d pages scored", lighthouse.lowest(),
                lighthouse.pagesScored(), lighthouse.pagesAsked());
        Verdict lv = lighthouse.pagesScored() > 0 && lighthouse.lowest() < 100 ? Verdict.NOT_MET
                : lighthouse.pagesAsked() > 0 && lighthouse.pagesScored() == lighthouse.pagesAsked() ? Verdict.MET : Verdict.NOT_MEASURED;
        out.add(new Target("Lighthouse mobile 100 in all four categories (home, an article, an indicator page)", lh, lv));
        return out;
    }

    /** Time and peak memory per article (both languages) must not grow from one measured size to the next. */
    static Target growth(List<Benchmark.Row> rows) {
        String name = "growth stays linear: time and memory per article do not grow with size";
        List<Benchmark.Row> sorted = rows.stream().sorted(Comparator.comparingInt(Benchmark.Row::n)).toList();
        StringBuilder ms = new StringBuilder("wall ms / article"), kb = new StringBuilder("peak KB / article");
        boolean grows = false;
        for (int i = 0; i < sorted.size(); i++) {
            Benchmark.Row r = sorted.get(i);
            ms.append(i == 0 ? " " : ", ").append(f("%,d: %.1f", r.n(), msPerArticle(r)));
            kb.append(i == 0 ? " " : ", ").append(f("%,d: %d", r.n(), kbPerArticle(r)));
            if (i > 0) {
                Benchmark.Row p = sorted.get(i - 1);
                grows |= msPerArticle(r) > msPerArticle(p) * GROWTH_TOLERANCE || kbPerArticle(r) > kbPerArticle(p) * GROWTH_TOLERANCE;
            }
        }
        String figure = ms + "; " + kb + f(" (a rise above %.0f%% from one size to the next counts as growth)", (GROWTH_TOLERANCE - 1) * 100)
                + (sorted.stream().anyMatch(r -> r.n() == 10000) ? "" : "; 10,000 not in this run");
        return new Target(name, figure, sorted.size() < 2 ? Verdict.NOT_MEASURED : verdict(!grows));
    }

    static double msPerArticle(Benchmark.Row r) { return r.ours().wall() * 1000 / (2.0 * r.n()); }

    static long kbPerArticle(Benchmark.Row r) { return r.ours().rssKb() / (2L * r.n()); }

    /** The table written at the end of the report's generated part. */
    static String table(List<Benchmark.Row> rows, LighthouseScores lighthouse) {
        Benchmark.Row r = judged(rows);
        StringBuilder sb = new StringBuilder("## Issue 17's targets in this run\n\n");
        sb.append(r.n() == SIZE ? f("Judged at %,d articles per language, from the table above.", SIZE)
                : f("Judged at %,d articles per language, the largest size of this run: the targets are set at %,d, so read this "
                + "table as an indication only.", r.n(), SIZE));
        sb.append(" Computed by the benchmark (`Targets`), not written by hand.\n\n| target | measured | verdict |\n|---|---|---|\n");
        for (Target t : evaluate(rows, lighthouse)) sb.append("| ").append(t.name()).append(" | ").append(t.figure()).append(" | ")
                .append(t.verdict().shown).append(" |\n");
        return sb.toString();
    }

    private static Verdict verdict(boolean met) { return met ? Verdict.MET : Verdict.NOT_MET; }

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

    private Targets() {}
}
