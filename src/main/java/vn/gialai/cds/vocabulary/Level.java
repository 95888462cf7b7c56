package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * Whether an indicator or a document is the province's or the country's: the `level` of an indicator and of a
 * document in data/. National indicators are shown apart, as context. Message keys level.&lt;id&gt;.
 */
public enum Level implements Term {
    PROVINCE("province"),
    NATIONAL("national");

    private final String id;

    Level(String id) { this.id = id; }

    @Override
    public String id() { return id; }

    public static Optional<Level> fromId(String id) { return Term.byId(Level.class, id); }
}
