package vn.gialai.cds.pipeline;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.checks.OutputSite;
import vn.gialai.cds.checks.PageFacts;
import vn.gialai.cds.files.BuiltFiles;
import vn.gialai.cds.files.Hashes;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a change, only the pages written have their links checked when the site has the same files and every written
 * page shows the others what it showed before; any other change (an id gone, a file added, other inputs) checks all.
 */
class CheckScopeTest {
    static final String URL = "https://example.org/";
    /** a.html has the id b.html links to; b.html is kept from the last site in every case below. */
    static final String A = "<!DOCTYPE html><html lang=\"en\"><head><title>A</title></head><body><h2 id=\"x\">A</h2><p>%s</p></body></html>";
    static final String B = "<!DOCTYPE html><html lang=\"en\"><head><title>B</title></head><body><a href=\"/a.html#x\">to A</a></body></html>";

    private RenderMap lastSite(Path last) throws Exception {
        Files.createDirectories(last);
        Files.writeString(last.resolve("a.html"), A.formatted("first text"), StandardCharsets.UTF_8);
        Files.writeString(last.resolve("b.html"), B, StandardCharsets.UTF_8);
        OutputSite site = new OutputSite(last, URL, false);
        Path map = last.resolveSibling("map.txt");
        RenderMap.save(map, "state", "inputs", Map.of("a.html", "fa", "b.html", "fb"), Map.of(), last,
                page -> Hashes.of(read(last.resolve(page))), page -> site.facts().get(page).outward(),
                site.filesDigest(), null, Set.of(), null, null);
        return RenderMap.load(map, "state");
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** This build's site: a.html written into staging with the given text, b.html kept. */
    private static OutputSite written(Path last, String a, String... others) throws Exception {
        Path staging = Temp.dir("scope-staging-");
        Files.writeString(staging.resolve("a.html"), a, StandardCharsets.UTF_8);
        for (String other : others) Files.writeString(staging.resolve(other), "<!DOCTYPE html><html lang=\"en\"><title>o</title></html>");
        return OutputSite.changedPages(BuiltFiles.of(staging, last, Set.of("b.html")), URL,
                Map.of("b.html", Hashes.of(Files.readAllBytes(last.resolve("b.html")))));
    }

    @Test
    void aPageWhoseTextAloneChangedIsCheckedAlone() throws Exception {
        Path last = Temp.dir("scope-").resolve("site");
        RenderMap previous = lastSite(last);
        OutputSite site = written(last, A.formatted("second text"));
        assertTrue(CheckScope.changedOnly(previous, true, site));
        assertTrue(site.facts().keySet().equals(Set.of("a.html")), "only the written page read: " + site.facts().keySet());
    }

    @Test
    void anIdGoneThatAnotherPageLinksToChecksEveryPage() throws Exception {
        Path last = Temp.dir("scope-").resolve("site");
        RenderMap previous = lastSite(last);
        assertFalse(CheckScope.changedOnly(previous, true, written(last, A.formatted("second text").replace(" id=\"x\"", ""))));
    }

    @Test
    void aFileAddedOrOtherInputsChangedChecksEveryPage() throws Exception {
        Path last = Temp.dir("scope-").resolve("site");
        RenderMap previous = lastSite(last);
        assertFalse(CheckScope.changedOnly(previous, true, written(last, A.formatted("second text"), "c.html")), "a file added");
        assertFalse(CheckScope.changedOnly(previous, false, written(last, A.formatted("second text"))), "other inputs changed");
        assertFalse(CheckScope.changedOnly(null, true, written(last, A.formatted("second text"))), "no last site");
    }

    @Test
    void theOutwardDigestSeesLanguageAndIds() throws Exception {
        PageFacts en = PageFacts.of(org.jsoup.Jsoup.parse(A.formatted("t")));
        PageFacts vi = PageFacts.of(org.jsoup.Jsoup.parse(A.formatted("t").replace("lang=\"en\"", "lang=\"vi\"")));
        PageFacts other = PageFacts.of(org.jsoup.Jsoup.parse(A.formatted("other text")));
        assertFalse(en.outward().equals(vi.outward()));
        assertTrue(en.outward().equals(other.outward()), "text that is not an id, a language or a figure is not in it");
    }
}
