package vn.gialai.cds.indicators;

import vn.gialai.cds.vocabulary.ProgressStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static vn.gialai.cds.indicators.Assessment.Reason.*;

/**
 * Progress status, after Open SDG's method (Statistics Canada): compare the yearly compound rate of change
 * achieved since a starting point with the rate needed to reach the target in its year. Only comparable
 * figures are used (same territory, and for ranks the same number of places): the 1 July 2025 merger
 * cuts a series in two, and a target counts only for the territory it was set for.
 */
public final class StatusCalculator {
    public static final double ON_TRACK = 0.95;
    public static final double NEEDS_ATTENTION = 0.60;

    public Assessment assess(Indicator ind) {
        if (ind.targets().isEmpty()) return simple(ProgressStatus.NO_TARGET, NO_TARGETS);
        if (ind.targets().stream().noneMatch(Target::isNumeric)) return simple(ProgressStatus.QUALITATIVE, ONLY_QUALITATIVE);

        Optional<Observation> latestOpt = ind.latestNumeric();
        if (latestOpt.isEmpty()) return simple(ProgressStatus.NOT_ENOUGH_DATA, NO_FIGURE);
        Observation latest = latestOpt.get();
        boolean lower = ind.lowerIsBetter();

        List<Target> sameTerritory = ind.targets().stream()
                .filter(Target::isNumeric)
                .filter(t -> t.territory().equals(latest.territory()))
                .sorted(Comparator.comparingInt(Target::year))
                .toList();
        if (sameTerritory.isEmpty()) {
            return new Assessment(ProgressStatus.NOT_ENOUGH_DATA, NO_TARGET_FOR_TERRITORY, latest, null, null, Double.NaN, Double.NaN);
        }
        int latestYear = latest.parsedPeriod().year();
        Target target = sameTerritory.stream().filter(t -> t.year() >= latestYear).findFirst()
                .orElse(sameTerritory.get(sameTerritory.size() - 1));

        if (target.isMetBy(latest.value(), lower)) {
            return new Assessment(ProgressStatus.ACHIEVED, TARGET_MET, latest, null, target, Double.NaN, Double.NaN);
        }
        if (target.year() < latestYear) {
            return new Assessment(ProgressStatus.OFF_TRACK, DEADLINE_MISSED, latest, null, target, Double.NaN, Double.NaN);
        }
        Observation start = startingPoint(ind, latest);
        if (start == null) {
            return new Assessment(ProgressStatus.NOT_ENOUGH_DATA, ONE_COMPARABLE_FIGURE, latest, null, target, Double.NaN, Double.NaN);
        }
        double t0 = start.parsedPeriod().endInYears();
        double t1 = latest.parsedPeriod().endInYears();
        double observed = rate(start.value(), latest.value(), t1 - t0);
        double required = rate(start.value(), target.value(), target.dueInYears() - t0);
        double ratio = observed / required;
        ProgressStatus status = required == 0 ? ProgressStatus.ACHIEVED
                : ratio >= ON_TRACK ? ProgressStatus.ON_TRACK
                : ratio >= NEEDS_ATTENTION ? ProgressStatus.NEEDS_ATTENTION
                : ProgressStatus.OFF_TRACK;
        return new Assessment(status, RATE_COMPARED, latest, start, target, observed, required);
    }

    /** The baseline when it is comparable with the latest figure, else the earliest comparable figure before it. */
    private static Observation startingPoint(Indicator ind, Observation latest) {
        double latestEnd = latest.parsedPeriod().endInYears();
        Observation b = ind.baseline();
        if (b != null && b.isNumeric() && b.comparableWith(latest) && b.parsedPeriod().endInYears() < latestEnd) return b;
        return ind.chronological().stream()
                .filter(Observation::isNumeric)
                .filter(o -> o.comparableWith(latest))
                .filter(o -> o.parsedPeriod().endInYears() < latestEnd)
                .findFirst().orElse(null);
    }

    /** Compound yearly rate from a to b over the given years; linear (per unit of a) when a is not positive. */
    static double rate(double a, double b, double years) {
        if (years <= 0) return Double.NaN;
        if (a > 0 && b > 0) return Math.pow(b / a, 1 / years) - 1;
        return (b - a) / years;
    }

    private static Assessment simple(ProgressStatus s, Assessment.Reason r) {
        return new Assessment(s, r, null, null, null, Double.NaN, Double.NaN);
    }
}
