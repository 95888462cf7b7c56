package vn.gialai.cds.checks;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.files.Hashes;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML checker's verdicts are kept for the next build, those of this build's pages first, and the file does not
 * grow with every edit: older verdicts beyond the limit are let go (years of edits would otherwise be read at every
 * build's start).
 */
class HtmlValidityTest {
    private static final String PAGE = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
            + "<body><main><h1>%s</h1></main></body></html>";

    @Test
    void verdictsOfThisBuildAreKeptFirstAndOldOnesUpToTheLimit() throws Exception {
        Temp.SiteAndCache made = Temp.siteAndCache("html-validity-", "valid.txt");
        Path site = made.site(), cache = made.cache();
        Files.createDirectories(site.resolve("a"));
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 10; i++) old.add(Hashes.of("an old page " + i));
        Files.write(cache, old, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("index.html"), PAGE.formatted("Trang chủ", "Trang chủ"), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("a/index.html"), PAGE.formatted("A", "A"), StandardCharsets.UTF_8);

        Problems problems = new Problems();
        assertEquals(2, new HtmlValidity(cache, 5).run(new OutputSite(site, "https://example.org/"), Map.of(), problems));
        assertTrue(problems.isEmpty(), problems.toString());
        List<String> kept = Files.readAllLines(cache, StandardCharsets.UTF_8);
        String home = Hashes.of(Files.readAllBytes(site.resolve("index.html")));
        String a = Hashes.of(Files.readAllBytes(site.resolve("a/index.html")));
        // this build's two pages (in the site's order), then the old verdicts in their order: six in all (the larger of
        // the limit given, 5, and three times the site's pages)
        assertEquals(List.of(a, home, old.get(0), old.get(1), old.get(2), old.get(3)), kept);

        // the same pages again: nothing checked, the verdicts still there
        assertEquals(0, new HtmlValidity(cache, 5).run(new OutputSite(site, "https://example.org/"), Map.of(), new Problems()));
        assertEquals(kept, Files.readAllLines(cache, StandardCharsets.UTF_8));
    }

    /**
     * In the preview the checkers are set up once and handed from build to build (checks/HtmlCheckers): each build's
     * problems are its own, named after its own page, and no build sets up a checker of its own.
     */
    @Test
    void checkersKeptBetweenBuildsReportToTheBuildThatUsesThem() throws Exception {
        Temp.SiteAndCache made = Temp.siteAndCache("html-checkers-", "valid.txt");
        Path site = made.site(), cache = made.cache();
        HtmlCheckers checkers = HtmlCheckers.kept();
        Path page = site.resolve("index.html");
        Files.writeString(page, PAGE.formatted("Một", "Một"), StandardCharsets.UTF_8);
        Problems first = new Problems();
        assertEquals(1, new HtmlValidity(cache, checkers).run(new OutputSite(site, "https://example.org/"), Map.of(), first));
        assertTrue(first.isEmpty(), first.found().toString());
        assertEquals(1, checkers.ready());

        Files.writeString(page, PAGE.formatted("Hai", "<span><div>Hai</div></span>"), StandardCharsets.UTF_8);
        Problems second = new Problems();
        assertEquals(1, new HtmlValidity(cache, checkers).run(new OutputSite(site, "https://example.org/"),
                Map.of("index.html", "content/vi/hai.md"), second));
        assertTrue(second.found().toString().contains("content/vi/hai.md"), second.found().toString());
        assertTrue(second.found().toString().contains("is not valid HTML in index.html"), second.found().toString());
        assertTrue(first.isEmpty(), "a problem of the second build reached the first: " + first.found());

        Files.writeString(page, PAGE.formatted("Ba", "Ba"), StandardCharsets.UTF_8);
        Problems third = new Problems();
        assertEquals(1, new HtmlValidity(cache, checkers).run(new OutputSite(site, "https://example.org/"), Map.of(), third));
        assertTrue(third.isEmpty(), third.found().toString());
        assertEquals(1, checkers.ready(), "each build set up a checker of its own");
    }

    @Test
    void aCheckerPreparedAheadChecksThePagesOfItsBuild() throws Exception {
        Temp.SiteAndCache made = Temp.siteAndCache("html-prepared-", "valid.txt");
        Path site = made.site(), cache = made.cache();
        HtmlCheckers checkers = HtmlCheckers.forOneBuild();
        checkers.prepare();
        checkers.prepare(); // once is enough: a second call while one is being set up sets up no other
        Files.writeString(site.resolve("index.html"), PAGE.formatted("Một", "<span><div>Một</div></span>"), StandardCharsets.UTF_8);
        Problems found = new Problems();
        assertEquals(1, new HtmlValidity(cache, checkers).run(new OutputSite(site, "https://example.org/"),
                Map.of("index.html", "content/vi/mot.md"), found));
        assertTrue(found.found().toString().contains("is not valid HTML in index.html"), found.found().toString());
    }
}
