package vn.gialai.cds.checks;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;

/** Every internal href and src of every page leads to a file, and every #fragment to an id in it. */
public final class LinkCheck {

    public static void run(OutputSite site, Map<String, String> sourceOf, Problems problems) {
        for (Map.Entry<String, Document> e : site.pages().entrySet()) {
            String page = e.getKey();
            String where = sourceOf.getOrDefault(page, page);
            for (Element el : e.getValue().select("[href], [src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String href = el.attr(attr);
                if (href.isEmpty()) {
                    problems.add(where, Msg.of("output.empty-link", el.tagName(), attr, page));
                    continue;
                }
                if (href.startsWith("#")) {
                    checkFragment(e.getValue(), page, href.substring(1), where, el, problems);
                    continue;
                }
                if (!site.isInternal(href)) continue;
                var target = site.resolve(href);
                if (target.isEmpty()) {
                    problems.add(where, Msg.of("output.broken-link", href, describe(el), page));
                    continue;
                }
                String fragment = OutputSite.fragment(href);
                if (!fragment.isEmpty()) {
                    checkFragment(site.pages().get(target.get()), target.get(), fragment, where, el, problems);
                }
            }
        }
    }

    private static void checkFragment(Document doc, String page, String id, String where, Element el, Problems problems) {
        if (doc == null || id.isEmpty()) return;
        if (doc.getElementById(id) == null) {
            problems.add(where, Msg.of("output.broken-fragment", id, describe(el), page));
        }
    }

    static String describe(Element el) {
        String text = el.text().strip();
        if (text.length() > 40) text = text.substring(0, 37) + "…";
        return text.isEmpty() ? "<" + el.tagName() + ">" : "'" + text + "'";
    }

    private LinkCheck() {}
}
