package vn.gialai.cds.indicators;

import vn.gialai.cds.data.Localized;

/**
 * One published figure: a number (with outOf for a rank, "19" of "63"), or, when the source gives no
 * single number for the indicator, the source's statement as text.
 */
public record Observation(
        String period,
        Double value,
        Integer outOf,
        Localized text,
        String scope,
        String source,
        String confidence,
        Localized note) {

    public Period parsedPeriod() { return Period.parse(period); }
    public boolean isNumeric() { return value != null; }

    /** Two figures can be set side by side: same territory, and for ranks the same number of places. */
    public boolean comparableWith(Observation o) {
        return scope.equals(o.scope) && java.util.Objects.equals(outOf, o.outOf);
    }
}
