package vn.gialai.cds.search;

import vn.gialai.cds.vocabulary.PageType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;

import java.util.List;
import java.util.Set;

/**
 * The search index of one language, built from the same pages the site shows: only what a result needs
 * (title, address, section, date for news, summary, and the opening of the text for the snippet), as compact
 * JSON arrays. The browser folds and tokenises it on load.
 */
public final class SearchIndex {
    /** How much of a page's text goes into the index: enough for a snippet, small enough for a phone. */
    public static final int TEXT_CHARS = 280;

    /** A result that is not a page of the site (a related portal): what the index holds for it. */
    public record Entry(String title, String href, String section, String summary, String text, String tags) {}

    public static String build(List<Page> pages, Language lang, Messages t, java.util.function.Function<Page, String> href,
                               java.util.function.Function<Page, String> extraText) {
        return build(pages, lang, t, href, extraText, p -> "", List.of());
    }

    /**
     * @param figure  a page's figure as one line (an indicator's latest figure with its period, territory, source and
     *                confidence: views/Figures.text), written as the eighth field, or "" for none
     * @param entries results beyond the site's pages, listed after them (the public-service portals)
     */
    public static String build(List<Page> pages, Language lang, Messages t, java.util.function.Function<Page, String> href,
                               java.util.function.Function<Page, String> extraText, java.util.function.Function<Page, String> figure,
                               List<Entry> entries) {
        return build(pages, lang, t, href, SearchIndex::bodyText, extraText, figure, entries);
    }

    /** The start of a page's body text, as much as an entry's text can hold ({@link #TEXT_CHARS} and one more). */
    public static String bodyText(Page p) {
        return vn.gialai.cds.content.HtmlText.prefix(p.bodyHtml(), TEXT_CHARS + 1);
    }

    /** The same, with each page's {@link #bodyText} given by bodyText (the preview's, kept while a body is unchanged). */
    public static String build(List<Page> pages, Language lang, Messages t, java.util.function.Function<Page, String> href,
                               java.util.function.Function<Page, String> bodyText,
                               java.util.function.Function<Page, String> extraText, java.util.function.Function<Page, String> figure,
                               List<Entry> entries) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("v", 1);
        root.put("lang", lang.code());
        ArrayNode docs = root.putArray("docs");
        Formats f = new Formats(lang);
        for (Page p : pages) {
            if (p.lang() != lang || !p.type().searched()) continue;
            // the text's first TEXT_CHARS + 1 characters are all the cut below looks at
            String text = (bodyText.apply(p) + " " + extraText.apply(p)).strip();
            if (text.length() > TEXT_CHARS) {
                int cut = text.lastIndexOf(' ', TEXT_CHARS);
                text = text.substring(0, cut > 0 ? cut : TEXT_CHARS) + " …";
            }
            ArrayNode d = docs.addArray();
            d.add(p.title());
            d.add(href.apply(p));
            d.add(t.get("search.section." + p.type().id()));
            d.add(p.type() == PageType.NEWS ? f.date(p.date()) : "");
            d.add(p.summary());
            d.add(text);
            d.add(String.join(", ", p.list("tags")));
            d.add(figure.apply(p));
        }
        for (Entry e : entries) {
            ArrayNode d = docs.addArray();
            d.add(e.title());
            d.add(e.href());
            d.add(e.section());
            d.add("");
            d.add(e.summary());
            d.add(e.text());
            d.add(e.tags());
            d.add("");
        }
        try {
            return json.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SearchIndex() {}
}
