package vn.gialai.cds.data;

import vn.gialai.cds.vocabulary.Language;

/**
 * One entry of the sources registry (data/sources.json): where a figure comes from.
 * Dates are kept as the sources give them ("2022", "2022-11", "2022-11-25", or an interval "2025-08/2025-09"), since
 * many are only a month. {@code shortName} is what a visitor reads where a figure names its source ("Báo Gia Lai",
 * "Kế hoạch 18/KH-UBND"), in both languages; {@code title} is the source's own title, in {@code titleLanguage};
 * {@code note} (optional) says what the source holds, in both languages.
 */
public record Source(String id, Localized shortName, String title, String titleLanguage, String publisher, String date,
                     String url, Localized note) {

    /** The name a figure shows in compact places, in the page's language ("Báo Gia Lai", "Plan 18/KH-UBND"). */
    public String shortName(Language lang) {
        String s = shortName == null ? "" : shortName.in(lang);
        return s == null || s.isBlank() ? id : s.strip();
    }

    /** The full name: the source's own title and its short name. */
    public String fullName(Language lang) {
        String t = title == null ? "" : title.strip();
        return t.isEmpty() ? shortName(lang) : t + " (" + shortName(lang) + ")";
    }
}
