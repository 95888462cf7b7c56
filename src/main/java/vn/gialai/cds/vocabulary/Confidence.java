package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * How sure a figure is: quoted from its source, inferred from what the source says, or taken from a secondary source.
 * The `confidence` of every observation and target; message keys confidence.&lt;id&gt;.
 */
public enum Confidence implements Term {
    QUOTED("quoted", "●"),
    INFERRED("inferred", "◐"),
    SECONDARY("secondary", "○");

    private final String id;
    private final String mark;

    Confidence(String id, String mark) {
        this.id = id;
        this.mark = mark;
    }

    @Override
    public String id() { return id; }

    /**
     * The compact mark shown beside a figure in cards and lists (full, half, empty circle: quoted, inferred,
     * secondary), always with the word (confidence.&lt;id&gt;) as its text alternative; never the mark alone.
     */
    public String mark() { return mark; }

    public static Optional<Confidence> fromId(String id) { return Term.byId(Confidence.class, id); }
}
