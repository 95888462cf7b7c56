package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.checks.LinkCheck;
import vn.gialai.cds.checks.OutputSite;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Served under a sub-path (https://host/sub/path/), every link still works. */
class SubPathTest {
    @Test
    void everyLinkCarriesTheBasePathAndResolves() throws Exception {
        String url = "https://example.org/chuyen-doi-so/gia-lai/";
        Path out = Files.createTempDirectory("subpath-").resolve("site");
        new SiteBuilder().build(BuildOptions.defaults(Projects.real()).withOut(out).withSiteUrl(url));
        OutputSite site = new OutputSite(out, url);
        Problems problems = new Problems();
        LinkCheck.run(site, Map.of(), problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        site.pages().forEach((path, doc) -> doc.select("a[href^=/], link[href^=/]").forEach(a ->
                assertTrue(a.attr("href").startsWith("/chuyen-doi-so/gia-lai/"), path + ": " + a.attr("href"))));
    }
}
