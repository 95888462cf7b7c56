package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * The programme's three pillars (Resolution 04-NQ/TU): the `pillar=` of a pillar page, the `pillars=` of a news
 * article, an indicator's `pillar`, message keys pillar.&lt;id&gt;.
 */
public enum Pillar implements Term {
    DIGITAL_GOVERNMENT("digital-government"),
    DIGITAL_ECONOMY("digital-economy"),
    DIGITAL_SOCIETY("digital-society");

    /**
     * Not a pillar: an indicator that measures the whole programme (the digital transformation index, say) is
     * grouped under this id on the progress page, after the three pillars.
     */
    public static final String CROSS_CUTTING = "cross-cutting";

    private final String id;

    Pillar(String id) { this.id = id; }

    @Override
    public String id() { return id; }

    public static Optional<Pillar> fromId(String id) { return Term.byId(Pillar.class, id); }
}
