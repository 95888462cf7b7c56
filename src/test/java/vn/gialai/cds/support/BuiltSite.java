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
    /**
     * The pages a visitor reaches on this site, with its header, footer, feed link and share data: every page but the
     * embed pages ({@code …/embed/}), which are shown inside another site's frame and carry none of those.
     */
    public final Map<String, Document> sitePages;

    private BuiltSite(Path out, BuildResult result) {
        this.out = out;
        this.result = result;
        this.pages = java.util.Collections.unmodifiableMap(SiteFiles.pages(out));
        Map<String, Document> own = new java.util.TreeMap<>(pages);
        own.keySet().removeIf(BuiltSite::isEmbed);
        this.sitePages = java.util.Collections.unmodifiableMap(own);
    }

    /** An embed page: a figure and its chart alone, for another site's iframe. */
    public static boolean isEmbed(String path) {
        return path.endsWith("/embed/index.html");
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
