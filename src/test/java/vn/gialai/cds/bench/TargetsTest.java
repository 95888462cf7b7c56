package vn.gialai.cds.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17's targets are judged from the run's figures: the verdicts the benchmark's report prints. */
class TargetsTest {
    private static Benchmark.Run run(double wall, long peakMb) {
        return new Benchmark.Run(wall, wall, peakMb * 1024, "");
    }

    /** A row at n: cold build, equal work, one change (seconds), preview page and all (seconds), Hugo (seconds). */
    private static Benchmark.Row row(int n, double cold, long peakMb, double equal, double one, double page, double all, double hugo) {
        return new Benchmark.Row(n, 100, "512m", run(cold, peakMb), run(equal, peakMb), run(one, peakMb), new double[]{page, all}, null,
                hugo < 0 ? null : run(hugo, 50));
    }

    private static final Targets.LighthouseScores FULL = new Targets.LighthouseScores(3, 3, 100);

    private static List<Targets.Verdict> verdicts(List<Benchmark.Row> rows, Targets.LighthouseScores lh) {
        return Targets.evaluate(rows, lh).stream().map(Targets.Target::verdict).toList();
    }

    @Test
    void todaysFiguresMeetNoneOfTheSpeedTargets() {
        // The issue's own figures: cold 77 s / 535 MB, after one change 31 s, Hugo 4.2 s; preview 46 ms and 8.5 s.
        var v = verdicts(List.of(row(2000, 77, 535, 20, 31, 0.046, 8.5, 4.2)), new Targets.LighthouseScores(3, 3, 96));
        assertEquals(List.of(Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET,
                Targets.Verdict.NOT_MEASURED, Targets.Verdict.NOT_MET), v);
    }

    @Test
    void eachTargetIsMetAtItsLimit() {
        // one change just under Hugo, preview at the limits, cold exactly 5× with 399 MB, equal work exactly 2×.
        var v = verdicts(List.of(row(500, 10, 399, 4, 1.5, 0.1, 1.0, 2), row(2000, 20, 399, 8, 3.9, 0.1, 1.0, 4)), FULL);
        assertEquals(List.of(Targets.Verdict.MET, Targets.Verdict.MET, Targets.Verdict.MET, Targets.Verdict.MET, Targets.Verdict.MET,
                Targets.Verdict.MET), v);
    }

    @Test
    void justOverALimitIsNotMet() {
        var v = verdicts(List.of(row(2000, 20.1, 400, 8.1, 4.0, 0.101, 1.01, 4)), FULL);
        assertEquals(List.of(Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET, Targets.Verdict.NOT_MET), v.subList(0, 4));
    }

    @Test
    void withoutHugoTheRatiosAreNotMeasuredButTooMuchMemoryIsStillNotMet() {
        var v = verdicts(List.of(row(2000, 20, 500, 8, 3, 0.05, 0.5, -1)), Targets.LighthouseScores.notRun());
        assertEquals(Targets.Verdict.NOT_MEASURED, v.get(0));
        assertEquals(Targets.Verdict.MET, v.get(1));
        assertEquals(Targets.Verdict.NOT_MET, v.get(2));
        assertEquals(Targets.Verdict.NOT_MEASURED, v.get(3));
        assertEquals(Targets.Verdict.NOT_MEASURED, v.get(5));
    }

    @Test
    void growthComparesPerArticleTimeAndMemoryFromOneSizeToTheNext() {
        // 500 → 2,000: 10 ms and 400 KB per article, then 11 ms (+10%, noise) and 400 KB: linear.
        var linear = Targets.growth(List.of(row(2000, 44, 1600, 1, 1, 0, 0, 1), row(500, 10, 400, 1, 1, 0, 0, 1)));
        assertEquals(Targets.Verdict.MET, linear.verdict());
        assertTrue(linear.figure().contains("2,000: 11.0"), linear.figure());
        assertTrue(linear.figure().contains("10,000 not in this run"), linear.figure());
        // 12 ms per article at 2,000: time grows.
        assertEquals(Targets.Verdict.NOT_MET, Targets.growth(List.of(row(500, 10, 400, 1, 1, 0, 0, 1), row(2000, 48, 1600, 1, 1, 0, 0, 1))).verdict());
        // memory per article grows by a quarter.
        assertEquals(Targets.Verdict.NOT_MET, Targets.growth(List.of(row(500, 10, 400, 1, 1, 0, 0, 1), row(2000, 40, 2000, 1, 1, 0, 0, 1))).verdict());
        assertEquals(Targets.Verdict.NOT_MEASURED, Targets.growth(List.of(row(50, 10, 400, 1, 1, 0, 0, 1))).verdict());
    }

    @Test
    void theTargetsAreJudgedAt2000WhenMeasuredElseAtTheLargestSize() {
        assertEquals(2000, Targets.judged(List.of(row(500, 1, 1, 1, 1, 0, 0, 1), row(2000, 1, 1, 1, 1, 0, 0, 1), row(10000, 1, 1, 1, 1, 0, 0, 1))).n());
        assertEquals(500, Targets.judged(List.of(row(50, 1, 1, 1, 1, 0, 0, 1), row(500, 1, 1, 1, 1, 0, 0, 1))).n());
        String table = Targets.table(List.of(row(50, 1, 1, 1, 1, 0, 0, 1)), FULL);
        assertTrue(table.contains("Judged at 50 articles per language, the largest size of this run"), table);
        assertEquals(6, table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| target")).count(), table);
    }

    @Test
    void lighthouseIsMetOnlyWhenEveryPageScoredFullMarks() {
        var one = List.of(row(2000, 1, 1, 1, 1, 0, 0, 1));
        assertEquals(Targets.Verdict.MET, verdicts(one, FULL).get(5));
        assertEquals(Targets.Verdict.NOT_MET, verdicts(one, new Targets.LighthouseScores(3, 3, 99)).get(5));
        assertEquals(Targets.Verdict.NOT_MEASURED, verdicts(one, new Targets.LighthouseScores(2, 3, 100)).get(5));
        assertEquals(Targets.Verdict.NOT_MET, verdicts(one, new Targets.LighthouseScores(2, 3, 96)).get(5));
    }
}
