package vn.gialai.cds.indicators;

import vn.gialai.cds.data.Localized;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One indicator, as data/indicators/&lt;id&gt;.json holds it (checked against data/schema/indicator.schema.json). */
public record Indicator(
        String id,
        String slugVi,
        Localized name,
        Localized explanation,
        String pillar,
        List<String> sectors,
        String level,
        String unit,
        Localized unitLabel,
        String direction,
        boolean headline,
        Observation baseline,
        List<Target> targets,
        List<Observation> observations,
        List<String> sources,
        List<Localized> notes,
        String updated) {

    /** A national indicator, shown apart as context (level "national"); the others are the province's. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNational() { return vn.gialai.cds.vocabulary.Level.NATIONAL.id().equals(level); }

    /** The last part of its page's address in a language: the Vietnamese slug, or the id in English. */
    public String slug(vn.gialai.cds.vocabulary.Language lang) {
        return vn.gialai.cds.vocabulary.Addresses.indicatorSlug(lang, id, slugVi);
    }

    public boolean lowerIsBetter() { return "lower-is-better".equals(direction); }

    /** Observations in time order. */
    public List<Observation> chronological() {
        return observations.stream().sorted(Comparator.comparing(Observation::parsedPeriod)).toList();
    }

    /**
     * The numeric figures a chart draws, in time order: two sources giving the same figure for the same period and
     * territory are one point (the table still lists both, each with its source).
     */
    public List<Observation> plotted() {
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        return chronological().stream().filter(Observation::isNumeric)
                .filter(o -> seen.add(java.util.Arrays.asList(o.seriesKey(), o.period(), o.value()))).toList();
    }

    public Optional<Observation> latestNumeric() {
        List<Observation> numeric = chronological().stream().filter(Observation::isNumeric).toList();
        return numeric.isEmpty() ? Optional.empty() : Optional.of(numeric.get(numeric.size() - 1));
    }

    public Optional<Observation> latest() {
        List<Observation> all = chronological();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
