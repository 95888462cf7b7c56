package vn.gialai.cds.checks;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * The two languages hold together: html lang matches the folder, every hreflang alternate exists and
 * links back, and x-default is there.
 */
public final class LanguageCheck {

    public static void run(OutputSite site, Map<String, String> sourceOf, Problems problems) {
        for (Map.Entry<String, Document> e : site.pages().entrySet()) {
            String page = e.getKey();
            Document doc = e.getValue();
            String where = sourceOf.getOrDefault(page, page);
            String expected = page.startsWith("en/") ? "en" : "vi";
            String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
            if (!expected.equals(lang)) {
                problems.add(where, page + " has <html lang=\"" + lang + "\"> but sits in the " + expected + " part of the site.");
            }
            var alternates = doc.select("link[rel=alternate][hreflang]");
            if (alternates.isEmpty()) continue;
            if (doc.select("link[rel=alternate][hreflang=x-default]").isEmpty()) {
                problems.add(where, page + " lists language versions but no hreflang=\"x-default\".");
            }
            Element canonical = doc.selectFirst("link[rel=canonical]");
            String self = canonical == null ? "" : canonical.attr("href");
            for (Element alt : alternates) {
                String href = alt.attr("href");
                var target = site.resolve(href);
                if (target.isEmpty()) {
                    problems.add(where, page + " names '" + href + "' as its " + alt.attr("hreflang") + " version, but there is no such page.");
                    continue;
                }
                if (alt.attr("hreflang").equals("x-default") || target.get().equals(page)) continue;
                Document other = site.pages().get(target.get());
                boolean linksBack = other != null && other.select("link[rel=alternate][hreflang]").stream()
                        .anyMatch(l -> l.attr("href").equals(self));
                if (!linksBack) {
                    problems.add(where, page + " names " + target.get() + " as its translation, but that page does not name it back. "
                            + "Give both the same translationKey.");
                }
            }
        }
    }

    private LanguageCheck() {}
}
