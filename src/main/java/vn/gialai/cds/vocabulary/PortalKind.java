package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * The related state portals the site links to (Decree 42/2022/NĐ-CP asks for links to related state portals): the
 * national public-service portal, the province's portal and the province's public-service portal. Messages:
 * portal.kind.&lt;id&gt;.
 */
public enum PortalKind implements Term {
    NATIONAL_PUBLIC_SERVICES("national-public-services"),
    PROVINCE_PORTAL("province-portal"),
    PROVINCE_PUBLIC_SERVICES("province-public-services");

    private final String id;

    PortalKind(String id) { this.id = id; }

    @Override public String id() { return id; }

    /** Whether readers do procedures there (shown in the "do procedures online" block). */
    public boolean publicServices() { return this != PROVINCE_PORTAL; }

    public static Optional<PortalKind> fromId(String id) { return Term.byId(PortalKind.class, id); }
}
