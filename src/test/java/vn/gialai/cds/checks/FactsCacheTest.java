package vn.gialai.cds.checks;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facts kept between builds are used only when the file is whole and of this code; a page whose bytes changed is parsed again. */
class FactsCacheTest {
    @Test
    void changedPageIsParsedAgainAndBrokenCacheIsIgnored() throws Exception {
        Path dir = Temp.dir("facts-");
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache/facts.txt");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"vi\"><a href=\"/a/\">A</a></html>", StandardCharsets.UTF_8);
        new OutputSite(site, "https://example.org/", false, cache).saveFacts(cache);

        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"vi\"><a href=\"/b/\">B</a></html>", StandardCharsets.UTF_8);
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());

        // the cache file is made to say something else for the same bytes: taken from the cache while whole...
        new OutputSite(site, "https://example.org/", false, cache).saveFacts(cache);
        byte[] whole = Files.readAllBytes(cache);
        String text = new String(whole, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String forged = text.substring(nl + 1).replace("/b/", "/c/");
        Files.writeString(cache, text.substring(0, nl) + "\n" + forged, StandardCharsets.UTF_8);
        // ...but its checksum no longer matches, so the page is parsed
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());

        // half-written: ignored too
        Files.write(cache, Arrays.copyOf(whole, whole.length / 2));
        assertEquals("/b/", new OutputSite(site, "https://example.org/", false, cache).facts().get("index.html").links().get(0).value());
        // and whole again: used
        Files.write(cache, whole);
        assertEquals(1, FactsCache.read(cache).knownCount());
    }
}
