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
        String territory,
        String source,
        String confidence,
        Localized note) {

    public Period parsedPeriod() { return Period.parse(period); }
    public boolean isNumeric() { return value != null; }

    /**
     * What makes figures one series: the same territory, and for ranks the same number of places (a rank of 63
     * provinces and a rank of 34 are not comparable). Charts draw one line per key; status compares within one key.
     */
    public record SeriesKey(String territory, Integer outOf) {}

    public SeriesKey seriesKey() { return new SeriesKey(territory, outOf); }

    /** Two figures can be set side by side: they are of the same series. */
    public boolean comparableWith(Observation o) {
        return seriesKey().equals(o.seriesKey());
    }
}
