package vn.gialai.cds.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gialai.cds.checks.PageFacts.FigureFacts;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How many figures the built site shows with all four of source, period, territory and confidence, by page type, and
 * which do not (zero expected). Counted on the output: every element the figure component wrote (data-figure) on every
 * page, plus the figures the share cards and the search index carry (views/Figures.text of the same Figure). Written
 * by the build to target/site-report/provenance.json, beside the site and never inside it.
 */
public final class ProvenanceReport {
    private final Map<String, int[]> byType = new TreeMap<>();
    private final ArrayNode incomplete;
    private final ObjectNode root;
    private int figures;
    private int complete;

    public ProvenanceReport() {
        root = new ObjectMapper().createObjectNode();
        incomplete = new ObjectMapper().createArrayNode();
    }

    /** Every page's figures; typeOf names a page's type from its output path ("tien-do/gl-5g/index.html"). */
    public ProvenanceReport pages(OutputSite site, Function<String, String> typeOf) {
        for (String path : site.pageList()) {
            String type = typeOf.apply(path);
            int[] n = byType.computeIfAbsent(type, k -> new int[3]);
            n[0]++;
            for (FigureFacts f : site.factsOf(path).figures()) add(type, path, f);
        }
        return this;
    }

    /** Figures carried outside the pages' HTML (share cards, search results), one surface at a time. */
    public ProvenanceReport surface(String surface, Map<String, FigureFacts> figuresByPlace) {
        byType.computeIfAbsent(surface, k -> new int[3]);
        figuresByPlace.forEach((place, f) -> add(surface, place, f));
        return this;
    }

    private void add(String type, String place, FigureFacts f) {
        int[] n = byType.get(type);
        n[1]++;
        figures++;
        if (f.complete()) {
            n[2]++;
            complete++;
        } else {
            ObjectNode o = incomplete.addObject();
            o.put("where", type);
            o.put("page", place);
            o.put("figure", f.text());
            ArrayNode m = o.putArray("missing");
            f.missing().forEach(m::add);
        }
    }

    public int figures() { return figures; }
    public int complete() { return complete; }
    public int incomplete() { return figures - complete; }

    /** The report as JSON: totals, by page type (pages, figures, with all four), and the list of those without. */
    public String json() {
        root.removeAll();
        ObjectNode total = root.putObject("total");
        total.put("figures", figures);
        total.put("withSourcePeriodTerritoryConfidence", complete);
        total.put("without", figures - complete);
        ObjectNode types = root.putObject("byPageType");
        byType.forEach((type, n) -> {
            ObjectNode o = types.putObject(type);
            o.put("pages", n[0]);
            o.put("figures", n[1]);
            o.put("withSourcePeriodTerritoryConfidence", n[2]);
        });
        root.set("without", incomplete);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build's one line about it. */
    public String summary(String where) {
        return summary(figures, complete, where);
    }

    private static String summary(int figures, int complete, String where) {
        return "provenance: " + complete + " of " + figures + " figure(s) show source, period, territory and confidence; "
                + (figures - complete) + " do not (" + where + ")";
    }

    /**
     * The build's line about a report written before (json, as json() wrote it) and kept because nothing it counts has
     * changed; null when the file is missing or not such a report.
     */
    public static String summaryOf(java.nio.file.Path json, String where) {
        try {
            var total = new ObjectMapper().readTree(json.toFile()).path("total");
            if (!total.path("figures").isInt() || !total.path("withSourcePeriodTerritoryConfidence").isInt()) return null;
            return summary(total.path("figures").asInt(), total.path("withSourcePeriodTerritoryConfidence").asInt(), where);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
