package vn.gialai.cds.pipeline;

import vn.gialai.cds.vocabulary.SiteTime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one build is asked to do.
 *
 * @param projectDir the folder with jbake.properties, content/, templates/, assets/, data/
 * @param out        where the site goes (target/site by default; the preview uses target/preview)
 * @param siteUrl    overrides site.url from jbake.properties (e.g. a local address for the preview), or null
 * @param now        the build's "today": a page dated after it is scheduled, not published
 * @param preview    true for the editors' preview: drafts and scheduled pages are shown, with a banner
 */
public record BuildOptions(Path projectDir, Path out, String siteUrl, LocalDate now, boolean preview) {
    public BuildOptions(Path projectDir, Path out, String siteUrl) {
        this(projectDir, out, siteUrl, SiteTime.today(), false);
    }

    public static BuildOptions defaults(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), null);
    }

    public BuildOptions withOut(Path o) { return new BuildOptions(projectDir, o, siteUrl, now, preview); }
    public BuildOptions withSiteUrl(String u) { return new BuildOptions(projectDir, out, u, now, preview); }
    public BuildOptions withNow(LocalDate d) { return new BuildOptions(projectDir, out, siteUrl, d, preview); }
    public BuildOptions withPreview(boolean p) { return new BuildOptions(projectDir, out, siteUrl, now, p); }
}
