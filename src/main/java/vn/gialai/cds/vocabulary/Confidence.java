package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * How sure a figure is: quoted from its source, inferred from what the source says, or taken from a secondary source.
 * The `confidence` of every observation and target; message keys confidence.&lt;id&gt;.
 */
public enum Confidence implements Term {
    QUOTED("quoted"),
    INFERRED("inferred"),
    SECONDARY("secondary");

    private final String id;

    Confidence(String id) { this.id = id; }

    @Override
    public String id() { return id; }

    public static Optional<Confidence> fromId(String id) { return Term.byId(Confidence.class, id); }
}
