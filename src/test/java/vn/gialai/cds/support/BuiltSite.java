package vn.gialai.cds.support;

import org.jsoup.nodes.Document;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.BuildResult;

import java.nio.file.Path;
import java.util.Map;

/**
 * The fixture site (src/test/resources/fixture-site with the real templates and assets), built once per test run
 * into a temporary folder as if on {@link Projects#FIXTURE_NOW}, shared by every test that only reads it.
 */
public final class BuiltSite {
    public static final String SITE_URL = "https://chuyendoiso.gialai.example/";
    private static BuiltSite instance;

    public final Path out;
    public final BuildResult result;
    /** Every HTML page by its path in the output, read with jsoup (not with the build's own OutputSite). */
    public final Map<String, Document> pages;

    private BuiltSite(Path out, BuildResult result) {
        this.out = out;
        this.result = result;
        this.pages = java.util.Collections.unmodifiableMap(SiteFiles.pages(out));
    }

    public static synchronized BuiltSite get() {
        if (instance == null) {
            Path out = Temp.dir("gialai-site-").resolve("site");
            BuildResult r = Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(out).withSiteUrl(SITE_URL)
                    .withNow(Projects.FIXTURE_NOW));
            instance = new BuiltSite(out, r);
        }
        return instance;
    }

    /** A page by its path in the output, e.g. "linh-vuc/nong-nghiep/index.html". */
    public Document page(String path) {
        Document d = pages.get(path);
        if (d == null) throw new AssertionError("the site has no page " + path);
        return d;
    }
}
