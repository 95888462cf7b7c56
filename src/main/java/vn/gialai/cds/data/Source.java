package vn.gialai.cds.data;

/**
 * One entry of the sources registry (data/sources.json): where a figure comes from.
 * Dates are kept as the sources give them ("2022", "2022-11", "2022-11-25"), since many are only a month.
 */
public record Source(String id, String title, String publisher, String date, String url, String note) {

    /**
     * The name a figure shows in compact places: the publisher without the web address it is often followed by
     * ("Báo Gia Lai (baogialai.com.vn)" → "Báo Gia Lai"); the id when there is no publisher.
     */
    public String shortName() {
        String p = publisher == null ? "" : publisher.strip();
        String cut = p.replaceFirst("\\s*\\([^()]*\\)$", "").strip();
        if (!cut.isEmpty()) return cut;
        return p.isEmpty() ? id : p;
    }

    /** The full name: the title and its publisher. */
    public String fullName() {
        String t = title == null ? "" : title.strip();
        return t.isEmpty() ? shortName() : t + " (" + shortName() + ")";
    }
}
