package vn.gialai.cds.support;

import org.jsoup.nodes.Document;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.BuildResult;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.checks.OutputSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real site, built once per test run into a temporary folder, shared by every test that reads it. */
public final class BuiltSite {
    public static final String SITE_URL = "https://chuyendoiso.gialai.example/";
    private static BuiltSite instance;

    public final Path out;
    public final BuildResult result;
    public final OutputSite site;

    private BuiltSite(Path out, BuildResult result, OutputSite site) {
        this.out = out;
        this.result = result;
        this.site = site;
    }

    public static synchronized BuiltSite get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("gialai-site-");
                Path out = dir.resolve("site");
                BuildResult r = new SiteBuilder().build(BuildOptions.defaults(Projects.real()).withOut(out).withSiteUrl(SITE_URL));
                instance = new BuiltSite(out, r, new OutputSite(out, SITE_URL));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A page by its path in the output, e.g. "linh-vuc/nong-nghiep/index.html". */
    public Document page(String path) {
        Document d = site.pages().get(path);
        if (d == null) throw new AssertionError("the site has no page " + path);
        return d;
    }
}
