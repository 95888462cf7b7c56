package vn.gialai.cds.build;

import java.nio.file.Path;

/**
 * What one build is asked to do.
 *
 * @param projectDir the folder with jbake.properties, content/, templates/, assets/, data/
 * @param out        where the published site goes (target/site by default)
 * @param siteUrl    overrides site.url from jbake.properties (e.g. a local address for the preview), or null
 */
public record BuildOptions(Path projectDir, Path out, String siteUrl) {
    public static BuildOptions defaults(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), null);
    }

    public BuildOptions withOut(Path o) { return new BuildOptions(projectDir, o, siteUrl); }
    public BuildOptions withSiteUrl(String u) { return new BuildOptions(projectDir, out, u); }
}
