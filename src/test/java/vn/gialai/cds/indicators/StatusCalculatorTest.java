package vn.gialai.cds.indicators;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.data.Localized;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.cds.vocabulary.ProgressStatus.*;

class StatusCalculatorTest {
    private static final String BEFORE = "province-before-merger";
    private static final String AFTER = "province-after-merger";
    private final StatusCalculator calc = new StatusCalculator();

    static Observation obs(String period, double value, String territory) {
        return new Observation(period, value, null, null, territory, "S10", "quoted", null);
    }

    static Observation rank(String period, int value, int outOf, String territory) {
        return new Observation(period, (double) value, outOf, null, territory, "S10", "quoted", null);
    }

    static Target target(int year, String op, double value, String territory) {
        return new Target(year, op, value, null, new Localized("t", "t"), territory, List.of("S07"), "quoted", null);
    }

    static Indicator ind(String direction, Observation baseline, List<Target> targets, Observation... observations) {
        return new Indicator("x", "x", new Localized("x", "x"), new Localized("x", "x"), "digital-government", List.of(), "province",
                "percent", new Localized("%", "%"), direction, false, baseline, targets, new ArrayList<>(List.of(observations)),
                List.of("S10"), List.of(), "2026-11-27");
    }

    @Test
    void achievedWhenTheLatestFigureMeetsTheTarget() {
        Assessment a = calc.assess(ind("higher-is-better", null, List.of(target(2025, "=", 100, BEFORE)),
                obs("2022", 100, BEFORE)));
        assertEquals(ACHIEVED, a.status());
    }

    @Test
    void onTrackWhenTheRateAchievedIsAtLeastTheRateNeeded() {
        // 40 → 50 in two years (≈11.8 %/yr); 80 by end of 2025 from 40 at end of 2021 needs ≈18.9 %/yr → ratio 0.62
        // 40 → 60 in two years (≈22.5 %/yr) → ratio ≈ 1.19
        Assessment a = calc.assess(ind("higher-is-better", obs("2021", 40, BEFORE), List.of(target(2025, ">=", 80, BEFORE)),
                obs("2023", 60, BEFORE)));
        assertEquals(ON_TRACK, a.status());
        assertTrue(a.ratio() > 1.1 && a.ratio() < 1.3, "ratio " + a.ratio());
        assertEquals("2021", a.start().period());
    }

    @Test
    void needsAttentionBetweenSixtyAndNinetyFivePercentOfTheRateNeeded() {
        Assessment a = calc.assess(ind("higher-is-better", obs("2021", 40, BEFORE), List.of(target(2025, ">=", 80, BEFORE)),
                obs("2023", 50, BEFORE)));
        assertEquals(NEEDS_ATTENTION, a.status(), "ratio " + a.ratio());
    }

    @Test
    void offTrackWhenMovingTooSlowlyOrTheWrongWay() {
        assertEquals(OFF_TRACK, calc.assess(ind("higher-is-better", obs("2021", 40, BEFORE),
                List.of(target(2025, ">=", 80, BEFORE)), obs("2023", 42, BEFORE))).status());
        assertEquals(OFF_TRACK, calc.assess(ind("higher-is-better", obs("2021", 40, BEFORE),
                List.of(target(2025, ">=", 80, BEFORE)), obs("2023", 30, BEFORE))).status());
    }

    @Test
    void offTrackWhenTheTargetYearHasPassedUnmet() {
        Assessment a = calc.assess(ind("higher-is-better", null, List.of(target(2023, ">=", 60, BEFORE)),
                obs("2022", 51.4, BEFORE), obs("2024", 55, BEFORE)));
        assertEquals(OFF_TRACK, a.status());
        assertEquals(Assessment.Reason.DEADLINE_MISSED, a.reason());
    }

    @Test
    void notEnoughDataWithOneComparableFigure() {
        Assessment a = calc.assess(ind("higher-is-better", null, List.of(target(2025, ">=", 80, BEFORE)), obs("2022", 51.4, BEFORE)));
        assertEquals(NOT_ENOUGH_DATA, a.status());
        assertEquals(Assessment.Reason.ONE_COMPARABLE_FIGURE, a.reason());
    }

    @Test
    void notEnoughDataWithoutAnyFigure() {
        assertEquals(NOT_ENOUGH_DATA, calc.assess(ind("higher-is-better", null, List.of(target(2025, ">=", 80, BEFORE)))).status());
    }

    @Test
    void qualitativeWhenEveryTargetIsWords() {
        Target words = new Target(2025, "qualitative", null, null, new Localized("khá", "fairly good"), BEFORE, List.of("S02"), "quoted", null);
        assertEquals(QUALITATIVE, calc.assess(ind("lower-is-better", null, List.of(words), rank("2022", 62, 63, BEFORE))).status());
    }

    @Test
    void noTargetWhenTheSourcesGiveNone() {
        assertEquals(NO_TARGET, calc.assess(ind("higher-is-better", null, List.of(), obs("2025", 8828, AFTER))).status());
    }

    @Test
    void theMergerBreaksTheSeries_aPreMergerFigureIsNeverTheStartOfAPostMergerTrend() {
        // Before: 51.4 % (2022). After: 81.5 % (Jul–Aug 2025), 92.5 % (Sep–Oct 2025). Target set after the merger: 100 % in 2026.
        Indicator i = ind("higher-is-better", obs("2022", 51.4, BEFORE), List.of(target(2026, "=", 100, AFTER)),
                obs("2022", 51.4, BEFORE), obs("2025-07-01/2025-08-24", 81.5, AFTER), obs("2025-09-21/2025-10-20", 92.5, AFTER));
        Assessment a = calc.assess(i);
        assertEquals("2025-07-01/2025-08-24", a.start().period(), "the start is the earliest post-merger figure, not 2022");
        assertEquals(AFTER, a.start().territory());
    }

    @Test
    void theMergerBreaksTheSeries_aTargetForOldGiaLaiIsNotAppliedToTheMergedProvince() {
        Indicator i = ind("higher-is-better", null, List.of(target(2025, ">=", 80, BEFORE)),
                obs("2022", 51.4, BEFORE), obs("2025-09-21/2025-10-20", 92.5, AFTER));
        Assessment a = calc.assess(i);
        assertEquals(NOT_ENOUGH_DATA, a.status());
        assertEquals(Assessment.Reason.NO_TARGET_FOR_TERRITORY, a.reason());
        assertNull(a.target());
    }

    @Test
    void ranksOfDifferentSizesAreNotComparable() {
        // DTI: 62/63 (2022, old province) and 31/34 (2024, merged group): no trend between them.
        Indicator i = ind("lower-is-better", null, List.of(target(2026, "top", 15, AFTER)),
                rank("2022", 62, 63, BEFORE), rank("2024", 31, 34, AFTER));
        assertEquals(NOT_ENOUGH_DATA, calc.assess(i).status());
        assertEquals(Assessment.Reason.ONE_COMPARABLE_FIGURE, calc.assess(i).reason());
    }

    @Test
    void lowerIsBetterRanksUseTheSameFormula() {
        // 40th → 20th in two years; top 15 by 2025: needs to fall faster
        Indicator i = ind("lower-is-better", null, List.of(target(2025, "top", 15, BEFORE)),
                rank("2021", 40, 63, BEFORE), rank("2023", 20, 63, BEFORE));
        Assessment a = calc.assess(i);
        assertTrue(a.observedRate() < 0 && a.requiredRate() < 0);
        assertEquals(ON_TRACK, a.status(), "ratio " + a.ratio());
    }
}
