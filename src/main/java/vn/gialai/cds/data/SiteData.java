package vn.gialai.cds.data;

import java.util.List;
import java.util.Map;

/**
 * Everything read from data/: typed, validated, in a stable order.
 *
 * @param organisation who runs the site (data/organisation.json), fields possibly empty
 * @param portals      the related state portals (data/portals.json), in vocabulary/PortalKind's order
 */
public record SiteData(Map<String, Source> sources, List<LegalDocument> documents, Organisation organisation, List<Portal> portals) {
    public SiteData(Map<String, Source> sources, List<LegalDocument> documents) {
        this(sources, documents, Organisation.EMPTY, List.of());
    }

    public boolean hasSource(String id) { return sources.containsKey(id); }

    /** What only the operator can give and is still empty: organisation fields, then portals ("portals.province-portal"). */
    public List<String> emptyOperatorFields() {
        List<String> out = new java.util.ArrayList<>(organisation.emptyFields());
        for (Portal p : portals) if (p.empty()) out.add("portals." + p.id());
        return out;
    }
}
