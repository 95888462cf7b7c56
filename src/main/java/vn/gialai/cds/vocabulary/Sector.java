package vn.gialai.cds.vocabulary;

import java.util.Optional;

/** The eight priority sectors: the `sector=` of a sector page, `sectors=` of an article, an indicator's `sectors`. */
public enum Sector implements Term {
    AGRICULTURE("agriculture"),
    EDUCATION("education"),
    HEALTH("health"),
    TRANSPORT_LOGISTICS("transport-logistics"),
    INDUSTRY_ENERGY("industry-energy"),
    ENVIRONMENT("environment"),
    TOURISM("tourism"),
    FINANCE_BANKING("finance-banking");

    private final String id;

    Sector(String id) { this.id = id; }

    @Override
    public String id() { return id; }

    public static Optional<Sector> fromId(String id) { return Term.byId(Sector.class, id); }
}
