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
public record PageFacts(String htmlLang, String canonical, Set<String> ids, List<Link> links, List<Alternate> alternates) {

    /** An href or src on the page; description names it in a problem ("'Nông nghiệp'" or "<img>"). */
    public record Link(String tag, String attribute, String value, String description) {}

    public record Alternate(String hreflang, String href) {}

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
        return new PageFacts(html == null ? "" : html.attr("lang"), canonical == null ? "" : canonical.attr("href"),
                Set.copyOf(ids), List.copyOf(links), List.copyOf(alternates));
    }

    static String describe(Element el) {
        String text = el.text().strip();
        if (text.length() > 40) text = text.substring(0, 37) + "…";
        return text.isEmpty() ? "<" + el.tagName() + ">" : "'" + text + "'";
    }
}
