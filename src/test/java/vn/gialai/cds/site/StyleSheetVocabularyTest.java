package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' style sheet (docs/style-sheet.md) is the one list of words the site does not use: this test reads its
 * machine-readable block and fails when any Vietnamese page of the built fixture site (its text, title, description
 * and share title) contains one of them, outside the places that quote someone else's words.
 */
class StyleSheetVocabularyTest {
    private static final String BEGIN = "<!-- vocabulary:begin -->";
    private static final String END = "<!-- vocabulary:end -->";

    record Vocabulary(List<String> banned, List<String> quoted) {}

    static Vocabulary vocabulary() throws IOException {
        String md = Files.readString(Projects.real().resolve("docs/style-sheet.md"), StandardCharsets.UTF_8);
        int b = md.indexOf(BEGIN), e = md.indexOf(END);
        assertTrue(b >= 0 && e > b, "docs/style-sheet.md has its block between " + BEGIN + " and " + END);
        String block = md.substring(b + BEGIN.length(), e).strip();
        block = block.substring(block.indexOf('{'), block.lastIndexOf('}') + 1); // inside the ```json fence
        JsonNode root = new ObjectMapper().readTree(block);
        List<String> banned = new ArrayList<>();
        root.get("banned").forEach(n -> banned.add(n.get("term").asText()));
        List<String> quoted = new ArrayList<>();
        root.get("quoted").forEach(n -> quoted.add(n.asText()));
        return new Vocabulary(banned, quoted);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** What a reader reads on the page in the site's own words: title, description, share title and body text. */
    static String ownText(Document page, List<String> quoted) {
        Document d = page.clone();
        for (String css : quoted) d.select(css).remove();
        d.select("script, style, template").remove();
        StringBuilder sb = new StringBuilder(d.title());
        for (Element m : d.select("meta[name=description], meta[property=og:title], meta[property=og:description]")) {
            sb.append('\n').append(m.attr("content"));
        }
        sb.append('\n').append(d.body().text());
        return fold(sb.toString());
    }

    @Test
    void noVietnamesePageUsesAWordTheStyleSheetBans() throws IOException {
        Vocabulary v = vocabulary();
        assertFalse(v.banned().isEmpty(), "the style sheet lists the words not to use");
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, Document> e : new java.util.TreeMap<>(BuiltSite.get().pages).entrySet()) {
            if (!"vi".equals(e.getValue().selectFirst("html").attr("lang"))) continue;
            pages++;
            String text = ownText(e.getValue(), v.quoted());
            for (String term : v.banned()) {
                int at = text.indexOf(fold(term));
                if (at >= 0) {
                    found.add(e.getKey() + ": “" + term + "” in “…" + text.substring(Math.max(0, at - 40),
                            Math.min(text.length(), at + term.length() + 40)) + "…” (docs/style-sheet.md says what to write)");
                }
            }
        }
        assertTrue(pages > 20, "the Vietnamese pages were read: " + pages);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void aSourceTitleQuotedAsItsPublisherWroteItIsNotTheSitesOwnWords() throws IOException {
        // the fixture's sample source is titled with "sáp nhập": the about page shows it, and it is not counted
        Document about = BuiltSite.get().page("gioi-thieu/index.html");
        assertTrue(fold(about.body().text()).contains("sáp nhập"), "the fixture's source title is on the about page");
        assertFalse(ownText(about, vocabulary().quoted()).contains("sáp nhập"), "quoted titles are left out of the check");
    }
}
