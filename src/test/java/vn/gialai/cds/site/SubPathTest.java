package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.SiteFiles;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Served under a sub-path (https://host/sub/path/), every link of the fixture site carries it and still works. */
class SubPathTest {
    @Test
    void everyLinkCarriesTheBasePathAndResolves() throws Exception {
        String url = "https://example.org/chuyen-doi-so/gia-lai/";
        Path out = Temp.dir("subpath-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(out).withSiteUrl(url).withNow(Projects.FIXTURE_NOW));
        Map<String, Document> pages = SiteFiles.pages(out);
        List<String> broken = SiteFiles.brokenLinks(out, pages, url);
        assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
        List<String> outside = new ArrayList<>();
        pages.forEach((path, doc) -> doc.select("a[href^=/], link[href^=/], img[src^=/], script[src^=/], form[action^=/]").forEach(a -> {
            String v = a.hasAttr("href") ? a.attr("href") : a.hasAttr("src") ? a.attr("src") : a.attr("action");
            if (!v.startsWith("/chuyen-doi-so/gia-lai/")) outside.add(path + ": " + v);
        }));
        assertTrue(outside.isEmpty(), () -> String.join("\n", outside));
        assertEquals(url + "en/", pages.get("en/index.html").selectFirst("link[rel=canonical]").attr("href"));
    }
}
