package vn.gialai.cds.search;

import vn.gialai.cds.vocabulary.PageType;

import com.fasterxml.jackson.core.JsonGenerator;
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
        return p.body() == null ? "" : p.body().textStart(TEXT_CHARS + 1);
    }

    /** The same, with each page's {@link #bodyText} given by bodyText (the preview's, kept while a body is unchanged). */
    public static String build(List<Page> pages, Language lang, Messages t, java.util.function.Function<Page, String> href,
                               java.util.function.Function<Page, String> bodyText,
                               java.util.function.Function<Page, String> extraText, java.util.function.Function<Page, String> figure,
                               List<Entry> entries) {
        // written as it goes (no tree of thousands of nodes first): the same bytes as the tree written compactly
        java.io.StringWriter out = new java.io.StringWriter(pages.size() * 512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("v", 1);
            json.writeStringField("lang", lang.code());
            json.writeArrayFieldStart("docs");
            Formats f = new Formats(lang);
            for (Page p : pages) {
                if (p.lang() != lang || !p.type().searched()) continue;
                // the text's first TEXT_CHARS + 1 characters are all the cut below looks at
                String text = (bodyText.apply(p) + " " + extraText.apply(p)).strip();
                if (text.length() > TEXT_CHARS) {
                    int cut = text.lastIndexOf(' ', TEXT_CHARS);
                    text = text.substring(0, cut > 0 ? cut : TEXT_CHARS) + " …";
                }
                row(json, p.title(), href.apply(p), t.get("search.section." + p.type().id()),
                        p.type() == PageType.NEWS ? f.date(p.date()) : "", p.summary(), text, String.join(", ", p.list("tags")),
                        figure.apply(p));
            }
            for (Entry e : entries) row(json, e.title(), e.href(), e.section(), "", e.summary(), e.text(), e.tags(), "");
            json.writeEndArray();
            json.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    /** One result: title, address, section, date, summary, text, tags, figure. */
    private static void row(JsonGenerator json, String... fields) throws java.io.IOException {
        json.writeStartArray();
        for (String field : fields) json.writeString(field);
        json.writeEndArray();
    }

    private SearchIndex() {}
}
