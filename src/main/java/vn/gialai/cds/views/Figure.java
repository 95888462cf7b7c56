package vn.gialai.cds.views;

import java.util.List;

/**
 * A figure as every page shows it: never a bare number. Its value (with its unit when the value does not already carry
 * it), the period it describes, the territory it is about, the source it comes from (short and full name, and the
 * link to the list of sources), how sure it is, a note, and the other sources' figures when they disagree. Every
 * template prints a figure only through templates/components/figure/ (the build refuses any other way:
 * checks/TemplateFigureRule); the share card and the search index take their text from the same record
 * ({@link Figures#text}).
 *
 * @param kind           "observation" (a published figure) or "target" (a goal for a year)
 * @param value          as the page's language writes it: "72,5%", "≥ 80%", "19/63", or the source's words
 * @param unit           the indicator's unit when the value does not carry it ("trạm", "thứ hạng"), else ""
 * @param periodId       the period as the data writes it ("2025-10", "2025-07-01/2025-08-31"; a target's year)
 * @param period         the period as the language writes it ("tháng 10/2025", "October 2025")
 * @param territoryId    vocabulary/Territory's id
 * @param territory      its name in the page's language
 * @param sources        the sources, in the data's order (one for a figure; a target may have several)
 * @param confidenceId   vocabulary/Confidence's id
 * @param confidence     its word in the page's language
 * @param confidenceMark its compact mark (always shown with the word as its text alternative)
 * @param note           the figure's note in the page's language, or ""
 * @param conflicts      figures of the same period and territory from other sources that give another value
 */
public record Figure(String kind, String value, String unit, String periodId, String period, String territoryId,
                     String territory, List<SourceRef> sources, String confidenceId, String confidence,
                     String confidenceMark, String note, List<Figure> conflicts) {

    /**
     * A source as a figure cites it: its id (data/sources.json), a short name for compact places (the publisher),
     * the full name (title and publisher) and the link to its entry in the list of sources.
     */
    public record SourceRef(String id, String shortName, String name, String href) {}

    /** The sources' short names, for one-line texts. */
    public String sourceShortNames() {
        return String.join(", ", sources.stream().map(SourceRef::shortName).toList());
    }

    public boolean hasConflict() { return !conflicts.isEmpty(); }
}
