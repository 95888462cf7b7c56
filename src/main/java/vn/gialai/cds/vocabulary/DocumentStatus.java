package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * Whether a document is in force: the `status.state` of data/documents.json, messages document-status.&lt;id&gt;.
 * "not-known" when no source read says so (never guessed).
 */
public enum DocumentStatus implements Term {
    IN_FORCE("in-force"),
    REPLACED("replaced"),
    EXPIRED("expired"),
    NOT_KNOWN("not-known");

    private final String id;

    DocumentStatus(String id) { this.id = id; }

    @Override public String id() { return id; }

    /** Replaced and expired say since when. */
    public boolean needsDate() { return this == REPLACED || this == EXPIRED; }

    public static Optional<DocumentStatus> fromId(String id) { return Term.byId(DocumentStatus.class, id); }
}
