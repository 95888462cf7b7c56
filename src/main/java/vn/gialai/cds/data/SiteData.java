package vn.gialai.cds.data;

import java.util.List;
import java.util.Map;

/** Everything read from data/: typed, validated, in a stable order. */
public record SiteData(Map<String, Source> sources, List<LegalDocument> documents) {
    public boolean hasSource(String id) { return sources.containsKey(id); }
}
