package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build after one change, in the same output folder with the caches of the last build on disk (as CI with a cache
 * runs it), writes the same bytes as a clean build of the same input, file for file: an article changed, one deleted,
 * one added. And what the caches skip never hides a problem: a broken link put into a page is still found.
 */
class RebuildAfterChangeTest {
    private static final String ARTICLE = "content/en/news/sample-workshop.md";

    @Test
    void rebuildWithCachesEqualsCleanBuildAfterChangeDeleteAndAdd() throws Exception {
        String saved = System.getProperty("site.cache");
        try {
            Path project = Projects.fixtureCopy();
            Path dir = Temp.dir("rebuild-");
            Path out = dir.resolve("site");
            build(project, out, dir.resolve("cache"));

            Path article = project.resolve(ARTICLE);
            String text = Files.readString(article, StandardCharsets.UTF_8);
            Files.writeString(article, text.replace("title=Sample article: a workshop on online public services",
                            "title=Sample article: a workshop on online public services, changed")
                    .replace("## Sample section", "## Sample section, rewritten"), StandardCharsets.UTF_8);
            Map<String, String> changed = build(project, out, dir.resolve("cache"));
            assertEquals(clean(project, "changed"), changed, "after one article changed");

            Files.delete(project.resolve("content/vi/tin-tuc/bai-mau-khach-tham-quan.md"));
            Files.delete(project.resolve("content/en/news/sample-visitor-services.md"));
            Map<String, String> deleted = build(project, out, dir.resolve("cache"));
            assertNotEquals(changed.keySet(), deleted.keySet(), "the deleted article's pages are gone");
            assertEquals(clean(project, "deleted"), deleted, "after one article deleted (both languages)");

            Files.writeString(project.resolve("content/en/news/sample-added.md"), text
                    .replace("translationKey=news-sample-workshop", "translationKey=news-sample-added")
                    .replace("title=Sample article: a workshop on online public services", "title=Sample article: added after the first build")
                    .replace("tags=workshop,sample", "tags=added,sample"), StandardCharsets.UTF_8);
            Map<String, String> added = build(project, out, dir.resolve("cache"));
            assertTrue(added.keySet().stream().anyMatch(f -> f.contains("sample-added")), "the added article is built");
            assertEquals(clean(project, "added"), added, "after one article added");

            // a page whose facts the cache knows from the last build, made wrong: the link check still sees it
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8)
                    + "\nA [link to nowhere](/en/no-such-page/).\n", StandardCharsets.UTF_8);
            System.setProperty("site.cache", dir.resolve("cache").toString());
            Runs.Run broken = Runs.build(new BuildOptions(project, out, null).withNow(Projects.FIXTURE_NOW));
            assertEquals(1, broken.exitCode(), broken.out() + broken.err());
            assertTrue(broken.err().contains("/en/no-such-page/"), broken.err());
            assertEquals(added, Runs.fingerprint(out), "the last good site is left as it was");
        } finally {
            if (saved == null) System.clearProperty("site.cache"); else System.setProperty("site.cache", saved);
        }
    }

    private static Map<String, String> build(Path project, Path out, Path cache) {
        System.setProperty("site.cache", cache.toString());
        Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
        return Runs.fingerprint(out);
    }

    /** A build of the same input from nothing, into a folder and caches of its own. */
    private static Map<String, String> clean(Path project, String name) throws Exception {
        Path dir = Temp.dir("rebuild-clean-" + name + "-");
        // only the HTML checker's verdicts are shared (they change no output byte), so that pages are not all checked again
        Path shared = Path.of(System.getProperty("site.cache")).resolve("html-cache/valid.txt");
        if (Files.isRegularFile(shared)) Projects.copyTree(shared, dir.resolve("cache/html-cache/valid.txt"));
        return build(project, dir.resolve("site"), dir.resolve("cache"));
    }
}
