package vn.gialai.cds.checks;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the output checks need to know of one page, taken from its parsed HTML once, so thousands of pages can be
 * checked without keeping their whole trees in memory.
 */
public record PageFacts(String htmlLang, String canonical, Set<String> ids, List<Link> links, List<Alternate> alternates,
                        List<FigureFacts> figures) {

    /*
     * Every string is interned: the build holds the facts of every page at once (thousands of pages), and most of their
     * strings (navigation links, their labels, ids, languages) are the same on every page. One copy of each instead of
     * one per page is most of the build's peak memory at 2,000 articles per language (bench/NOTES.md, "Issue 17:
     * memory"). The JVM's string table lets go of them when no page holds them.
     */
    public PageFacts {
        htmlLang = canon(htmlLang);
        canonical = canon(canonical);
        if (ids != null) ids = Set.copyOf(ids.stream().map(PageFacts::canon).toList());
    }

    static String canon(String s) { return s == null ? null : s.intern(); }

    /**
     * A figure the page shows (an element with data-figure, written by templates/components/figure/): its kind and its
     * four provenance attributes, "" when absent, and its text, to name it in the provenance report.
     */
    public record FigureFacts(String kind, String source, String period, String territory, String confidence, String text) {
        public FigureFacts {
            kind = canon(kind);
            source = canon(source);
            period = canon(period);
            territory = canon(territory);
            confidence = canon(confidence);
            text = canon(text);
        }

        public boolean complete() {
            return !source.isBlank() && !period.isBlank() && !territory.isBlank() && !confidence.isBlank();
        }

        public List<String> missing() {
            List<String> m = new ArrayList<>();
            if (source.isBlank()) m.add("source");
            if (period.isBlank()) m.add("period");
            if (territory.isBlank()) m.add("territory");
            if (confidence.isBlank()) m.add("confidence");
            return m;
        }
    }

    /** An href or src on the page; description names it in a problem ("'Nông nghiệp'" or "<img>"). */
    public record Link(String tag, String attribute, String value, String description) {
        public Link {
            tag = canon(tag);
            attribute = canon(attribute);
            value = canon(value);
            description = canon(description);
        }
    }

    public record Alternate(String hreflang, String href) {
        public Alternate {
            hreflang = canon(hreflang);
            href = canon(href);
        }
    }

    public static PageFacts of(Document doc) {
        Element html = doc.selectFirst("html");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id]")) ids.add(el.id());
        List<Link> links = new ArrayList<>();
        for (Element el : doc.select("[href], [src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            links.add(new Link(el.tagName(), attr, el.attr(attr), describe(el)));
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Element el : doc.select("link[rel=alternate][hreflang]")) alternates.add(new Alternate(el.attr("hreflang"), el.attr("href")));
        List<FigureFacts> figures = new ArrayList<>();
        for (Element el : doc.select("[data-figure]")) {
            Element value = el.selectFirst(".figure__value");
            String text = (value == null ? el.text() : value.text()).strip();
            figures.add(new FigureFacts(el.attr("data-figure"), el.attr("data-source").strip(), el.attr("data-period").strip(),
                    el.attr("data-territory").strip(), el.attr("data-confidence").strip(), text.length() > 60 ? text.substring(0, 57) + "…" : text));
        }
        return new PageFacts(html == null ? "" : html.attr("lang"), canonical == null ? "" : canonical.attr("href"),
                ids, List.copyOf(links), List.copyOf(alternates), List.copyOf(figures));
    }

    /**
     * The content hash (files/Hashes) of what the checks of other pages read of this one: its language, canonical address, ids (targets of
     * #fragments), language versions, and the figures the provenance report counts. Equal for two versions of a page
     * means no other page's check can tell them apart (pipeline/SiteBuilder checks only the changed pages then); the
     * page's own links are not in it, and a changed page's links are always checked.
     */
    public String outward() {
        StringBuilder sb = new StringBuilder();
        sb.append(htmlLang).append('\n').append(canonical).append('\n');
        for (String id : new java.util.TreeSet<>(ids)) sb.append("id ").append(id).append('\n');
        for (Alternate a : alternates) sb.append("alt ").append(a.hreflang()).append(' ').append(a.href()).append('\n');
        for (FigureFacts f : figures) {
            sb.append("fig ").append(f.kind()).append('\u0000').append(f.source()).append('\u0000').append(f.period()).append('\u0000')
                    .append(f.territory()).append('\u0000').append(f.confidence()).append('\u0000').append(f.text()).append('\n');
        }
        return vn.gialai.cds.files.Hashes.of(sb.toString());
    }

    static String describe(Element el) {
        String text = el.text().strip();
        if (text.length() > 40) text = text.substring(0, 37) + "…";
        return text.isEmpty() ? "<" + el.tagName() + ">" : "'" + text + "'";
    }
}
