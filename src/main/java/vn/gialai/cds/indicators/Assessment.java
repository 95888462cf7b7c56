package vn.gialai.cds.indicators;

import vn.gialai.cds.vocabulary.ProgressStatus;

/**
 * The status of an indicator and everything it was computed from, so the page can show its reasoning.
 *
 * @param reason       why: one of the Reason values, each with its sentence in the message bundles
 * @param latest       the latest numeric figure used (null when there is none)
 * @param start        the comparable starting point (baseline or earliest comparable figure), or null
 * @param target       the target compared against, or null
 * @param observedRate yearly rate actually achieved from start to latest (compound), or NaN
 * @param requiredRate yearly rate needed from start to reach the target in its year, or NaN
 */
public record Assessment(
        ProgressStatus status,
        Reason reason,
        Observation latest,
        Observation start,
        Target target,
        double observedRate,
        double requiredRate) {

    public enum Reason {
        NO_TARGETS, ONLY_QUALITATIVE, NO_FIGURE, NO_TARGET_FOR_TERRITORY, TARGET_MET, DEADLINE_MISSED,
        ONE_COMPARABLE_FIGURE, RATE_COMPARED
    }

    public double ratio() {
        return Double.isNaN(observedRate) || Double.isNaN(requiredRate) || requiredRate == 0 ? Double.NaN : observedRate / requiredRate;
    }
}
