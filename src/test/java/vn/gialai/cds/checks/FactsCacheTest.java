package vn.gialai.cds.checks;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The facts kept between builds are used only when the file is whole and of this code; a page whose bytes changed is parsed again. */
class FactsCacheTest {
    @Test
    void changedPageIsParsedAgainAndBrokenCacheIsIgnored() throws Exception {
        Temp.SiteAndCache made = Temp.siteAndCache("facts-", "facts.txt");
        Path site = made.site(), cache = made.cache();
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"vi\"><a href=\"/a/\">A</a></html>", StandardCharsets.UTF_8);
        new OutputSite(site, "https://example.org/", false, cache).saveFacts(cache);

        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"vi\"><a href=\"/b/\">B</a></html>", StandardCharsets.UTF_8);
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());

        // one page changed: the file is left as it is (the next build parses that page again)...
        byte[] before = Files.readAllBytes(cache);
        new OutputSite(site, "https://example.org/", false, cache).saveFacts(cache);
        assertArrayEquals(before, Files.readAllBytes(cache));
        // ...and written when there is none
        Files.delete(cache);
        new OutputSite(site, "https://example.org/", false, cache).saveFacts(cache);
        // the cache file is made to say something else for the same bytes: taken from the cache while whole...
        byte[] whole = Files.readAllBytes(cache);
        String text = new String(whole, StandardCharsets.ISO_8859_1); // byte for byte: the facts are stored as UTF-8 among numbers
        int nl = text.indexOf('\n');
        String forged = text.substring(nl + 1).replace("/b/", "/c/");
        assertNotEquals(text.substring(nl + 1), forged, "the file holds the changed page's link");
        Files.writeString(cache, text.substring(0, nl) + "\n" + forged, StandardCharsets.ISO_8859_1);
        // ...but its checksum no longer matches, so the page is parsed
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());

        // half-written: ignored too
        Files.write(cache, Arrays.copyOf(whole, whole.length / 2));
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());
        // and whole again: used
        Files.write(cache, whole);
        assertEquals(1, FactsCache.read(cache).knownCount());
    }

    @Test
    void factsReadBackAreTheFactsParsed() throws Exception {
        Temp.SiteAndCache made = Temp.siteAndCache("facts-", "facts.txt");
        Path site = made.site(), cache = made.cache();
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"vi\"><head><link rel=\"canonical\" href=\"https://example.org/\">"
                + "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/\"></head><body><main id=\"main\">"
                + "<a href=\"/en/#main\">Tiếng Anh “đầy đủ”</a><img src=\"/a.png\" alt=\"\">"
                + "<p data-figure=\"value\" data-source=\"s1 s2\" data-period=\"2024\" data-territory=\"gia-lai\" data-confidence=\"high\">"
                + "<span class=\"figure__value\">1.234,5 %</span></p></main></body></html>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("en/index.html"), "<!doctype html><html lang=\"en\"><a href=\"/\">Vietnamese</a></html>", StandardCharsets.UTF_8);
        OutputSite parsed = new OutputSite(site, "https://example.org/", false, cache);
        parsed.saveFacts(cache);
        assertEquals(2, FactsCache.read(cache).knownCount());
        // the second build takes every page's facts from the file: the same facts, field for field
        assertEquals(parsed.facts(), new OutputSite(site, "https://example.org/", false, cache).facts());
    }
}
