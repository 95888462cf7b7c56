package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * The form of a legal or planning document (Decree 42/2022/NĐ-CP lists a document's form among what its page shows):
 * the `form` of data/documents.json, the address word of the library's filter pages, the messages document-form.&lt;id&gt;.
 */
public enum DocumentForm implements Term {
    LAW("law", "luat"),
    RESOLUTION("resolution", "nghi-quyet"),
    DECREE("decree", "nghi-dinh"),
    CIRCULAR("circular", "thong-tu"),
    DECISION("decision", "quyet-dinh"),
    DIRECTIVE("directive", "chi-thi"),
    PROGRAMME("programme", "chuong-trinh"),
    PLAN("plan", "ke-hoach"),
    OFFICIAL_LETTER("official-letter", "cong-van");

    private final String id;
    private final String vietnameseSlug;

    DocumentForm(String id, String vietnameseSlug) {
        this.id = id;
        this.vietnameseSlug = vietnameseSlug;
    }

    @Override public String id() { return id; }

    /** The address word of its filter page on the Vietnamese site ("ke-hoach"); the English site uses the id. */
    public String vietnameseSlug() { return vietnameseSlug; }

    public static Optional<DocumentForm> fromId(String id) { return Term.byId(DocumentForm.class, id); }
}
