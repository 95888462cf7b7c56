package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildMemory;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build after one change, in the same output folder with the caches of the last build on disk (as CI with a cache
 * runs it), writes the same bytes as a clean build of the same input, file for file: an article changed, one deleted,
 * one added; the same in one process that remembers each build for the next (the preview's way). And what the caches
 * skip never hides a problem: a broken link put into a page is still found.
 */
class RebuildAfterChangeTest {
    private static final String ARTICLE = "content/en/news/sample-workshop.md";

    @Test
    void rebuildWithCachesEqualsCleanBuildAfterChangeDeleteAndAdd() throws Exception {
        rebuildsEqualCleanBuilds(null);
    }

    /**
     * The same in one process that remembers each build for the next (pipeline/BuildMemory, as the preview): unchanged
     * files and the caches taken from memory, the caches written after each build.
     */
    @Test
    void rebuildInAProcessThatRemembersEqualsCleanBuild() throws Exception {
        rebuildsEqualCleanBuilds(BuildMemory.kept());
    }

    /** The rebuilds' builder: a new one for every build (as ./site build), or one with memory kept between them. */
    private static SiteBuilder rebuilder;
    private static BuildMemory memory;

    private void rebuildsEqualCleanBuilds(BuildMemory remembering) throws Exception {
        memory = remembering;
        rebuilder = remembering == null ? null : new SiteBuilder(remembering);
        Path dir = Temp.dir("rebuild-");
        Runs.withCaches(dir.resolve("cache"), () -> {
            Path project = Projects.fixtureCopy();
            if (remembering != null) {
                // files saved long ago, so that their size, time and inode stand for their bytes (files/FileIdentity)
                try (java.util.stream.Stream<Path> s = Files.walk(project.resolve("content"))) {
                    for (Path f : s.filter(Files::isRegularFile).toList()) {
                        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
                    }
                }
            }
            Path out = dir.resolve("site");
            build(project, out, dir.resolve("cache"));

            Path article = project.resolve(ARTICLE);
            String text = Files.readString(article, StandardCharsets.UTF_8);
            Files.writeString(article, text.replace("title=Sample article: a workshop on online public services",
                            "title=Sample article: a workshop on online public services, changed")
                    .replace("## Sample section", "## Sample section, rewritten"), StandardCharsets.UTF_8);
            Map<String, String> changed = build(project, out, dir.resolve("cache"));
            // the rebuild rendered only what depends on the change: the article, its translation, neighbours and lists
            int[] counts = renderedAndKept(lastNotes);
            assertTrue(counts[0] > 0 && counts[0] < 20 && counts[1] > 100, "pages rendered and kept: " + lastNotes);
            assertSameSite(clean(project, "changed"), changed, "after one article changed");

            // only its text changed (the commonest edit): only its own page is rendered, and no other page's model is made
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\nA sentence added later.\n",
                    StandardCharsets.UTF_8);
            changed = build(project, out, dir.resolve("cache"));
            assertEquals(1, renderedAndKept(lastNotes)[0], "only the article is rendered: " + lastNotes);
            assertTrue(lastNotes.stream().anyMatch(n -> n.contains("1 model made")), "no other model made: " + lastNotes);
            // the article shows the other pages nothing new: only its links are checked, the provenance report kept
            assertTrue(lastNotes.stream().anyMatch(n -> n.startsWith("links checked on the 1 page(s) written")),
                    "only the written page's links checked: " + lastNotes);
            byte[] report = Files.readAllBytes(dir.resolve("site-report/provenance.json"));
            assertSameSite(clean(project, "text"), changed, "after one article's text changed");
            assertEquals(new String(Files.readAllBytes(lastClean.resolve("site-report/provenance.json")), StandardCharsets.UTF_8),
                    new String(report, StandardCharsets.UTF_8), "the provenance report kept is a clean build's");

            // a page that no feed shows, its text changed: the feeds, the sitemap and the other language's search index
            // are the last site's files, kept in place (no page in them changed), and still what a clean build writes
            List<String> untouched = List.of("tin-tuc/feed.xml", "en/news/feed.xml", "sitemap.xml", "tim-kiem/index.json");
            Map<String, java.nio.file.attribute.FileTime> times = new java.util.HashMap<>();
            for (String f : untouched) times.put(f, Files.getLastModifiedTime(out.resolve(f)));
            java.nio.file.attribute.FileTime englishIndex = Files.getLastModifiedTime(out.resolve("en/search/index.json"));
            Path sector = project.resolve("content/en/sectors/tourism.md");
            Files.writeString(sector, Files.readString(sector, StandardCharsets.UTF_8) + "\nA sentence added later.\n", StandardCharsets.UTF_8);
            changed = build(project, out, dir.resolve("cache"));
            for (String f : untouched) assertEquals(times.get(f), Files.getLastModifiedTime(out.resolve(f)), f + " kept from the last site");
            assertNotEquals(englishIndex, Files.getLastModifiedTime(out.resolve("en/search/index.json")),
                    "the English search index is made again");
            assertSameSite(clean(project, "sector text"), changed, "after a page no feed shows changed its text");

            // a chart image deleted from the output by hand: a text edit's rebuild keeps the indicator's page, yet draws
            // its chart again (the last site listed it), as a clean build has it
            Files.delete(out.resolve("tien-do/mau-ty-le-truc-tuyen/chart.png"));
            Files.writeString(sector, Files.readString(sector, StandardCharsets.UTF_8) + "\nOne more sentence.\n", StandardCharsets.UTF_8);
            changed = build(project, out, dir.resolve("cache"));
            assertTrue(Files.isRegularFile(out.resolve("tien-do/mau-ty-le-truc-tuyen/chart.png")), "the deleted chart drawn again");
            assertSameSite(clean(project, "chart deleted"), changed, "after a chart image was deleted by hand");

            // one indicator's figure changed: its pages and their chart images are made again, the other charts kept
            Path indicator = project.resolve("data/indicators/mau-ty-le-truc-tuyen.json");
            Files.writeString(indicator, Files.readString(indicator, StandardCharsets.UTF_8).replace("\"value\": 40.5,", "\"value\": 42.5,"),
                    StandardCharsets.UTF_8);
            Map<String, String> figure = build(project, out, dir.resolve("cache"));
            assertNotEquals(changed.get("tien-do/mau-ty-le-truc-tuyen/chart.svg"), figure.get("tien-do/mau-ty-le-truc-tuyen/chart.svg"),
                    "the changed indicator's chart is drawn again");
            assertSameSite(clean(project, "figure"), figure, "after one indicator's figure changed");
            changed = figure;

            Files.delete(project.resolve("content/vi/tin-tuc/bai-mau-khach-tham-quan.md"));
            Files.delete(project.resolve("content/en/news/sample-visitor-services.md"));
            Map<String, String> deleted = build(project, out, dir.resolve("cache"));
            assertNotEquals(changed.keySet(), deleted.keySet(), "the deleted article's pages are gone");
            assertSameSite(clean(project, "deleted"), deleted, "after one article deleted (both languages)");

            Files.writeString(project.resolve("content/en/news/sample-added.md"), text
                    .replace("translationKey=news-sample-workshop", "translationKey=news-sample-added")
                    .replace("title=Sample article: a workshop on online public services", "title=Sample article: added after the first build")
                    .replace("tags=workshop,sample", "tags=added,sample"), StandardCharsets.UTF_8);
            Map<String, String> added = build(project, out, dir.resolve("cache"));
            assertTrue(added.keySet().stream().anyMatch(f -> f.contains("sample-added")), "the added article is built");
            assertSameSite(clean(project, "added"), added, "after one article added");

            // a change of the templates (which every page may depend on): every page is rendered again, still equal
            Path template = project.resolve("templates/news.ftl");
            Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8) + "<#-- changed -->", StandardCharsets.UTF_8);
            Map<String, String> everywhere = build(project, out, dir.resolve("cache"));
            assertEquals(0, renderedAndKept(lastNotes)[1], "no page kept when the templates changed: " + lastNotes);
            assertTrue(lastNotes.stream().anyMatch(n -> n.contains("render (JBake;")), "all rendered, as in a first build: " + lastNotes);
            assertSameSite(clean(project, "templates"), everywhere, "after a template bundle changed");
            added = everywhere;

            // a page whose facts the cache knows from the last build, made wrong: the link check still sees it, though it
            // checks the written page alone (its text changed, nothing else)
            String good = Files.readString(article, StandardCharsets.UTF_8);
            Files.writeString(article, good + "\nA [link to nowhere](/en/no-such-page/).\n", StandardCharsets.UTF_8);
            System.setProperty("site.cache", dir.resolve("cache").toString());
            Runs.Run broken = Runs.build(new BuildOptions(project, out, null).withNow(Projects.FIXTURE_NOW));
            assertEquals(1, broken.exitCode(), broken.out() + broken.err());
            assertTrue(broken.err().contains("/en/no-such-page/"), broken.err());
            assertEquals(added, Runs.fingerprint(out), "the last good site is left as it was");

            // a link into a page that was not written, to an id it does not have: that page's ids are read for the check
            Files.writeString(article, good + "\nSee [its sources](/en/about/#no-such-id).\n", StandardCharsets.UTF_8);
            broken = Runs.build(new BuildOptions(project, out, null).withNow(Projects.FIXTURE_NOW));
            assertEquals(1, broken.exitCode(), broken.out() + broken.err());
            assertTrue(broken.err().contains("no-such-id"), broken.err());
            assertEquals(added, Runs.fingerprint(out), "the last good site is left as it was");
        });
    }

    private static java.util.List<String> lastNotes = java.util.List.of();
    /** The folder of the last clean build (clean): its site and, beside it, its report. */
    private static Path lastClean;

    private static Map<String, String> build(Path project, Path out, Path cache) throws InterruptedException {
        return build(project, out, cache, rebuilder);
    }

    private static Map<String, String> build(Path project, Path out, Path cache, SiteBuilder builder) throws InterruptedException {
        System.setProperty("site.cache", cache.toString());
        BuildOptions options = BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW);
        lastNotes = (builder == null ? Runs.buildOrFail(options) : Runs.buildOrFail(builder, options)).notes();
        if (builder != null) memory.settle(60_000); // the caches on the disk, so the next build takes them from memory
        return Runs.fingerprint(out);
    }

    /** From the build's note "pages: N rendered, M unchanged since the last build": N and M. */
    private static int[] renderedAndKept(java.util.List<String> notes) {
        for (String n : notes) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^pages: (\\d+) rendered, (\\d+) unchanged").matcher(n);
            if (m.find()) return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        throw new AssertionError("no note on pages rendered: " + notes);
    }

    /** The same files with the same bytes; on failure, only the files that differ are named. */
    private static void assertSameSite(Map<String, String> expected, Map<String, String> actual, String what) {
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (String f : new java.util.TreeSet<>(expected.keySet())) {
            if (!actual.containsKey(f)) differ.add("missing: " + f);
            else if (!actual.get(f).equals(expected.get(f))) differ.add("other bytes: " + f);
        }
        for (String f : new java.util.TreeSet<>(actual.keySet())) if (!expected.containsKey(f)) differ.add("not in a clean build: " + f);
        assertTrue(differ.isEmpty(), what + ": " + differ);
    }

    /** A build of the same input from nothing, into a folder and caches of its own. */
    private static Map<String, String> clean(Path project, String name) throws Exception {
        Path dir = Temp.dir("rebuild-clean-" + name + "-");
        lastClean = dir;
        // only the HTML checker's verdicts are shared (they change no output byte), so that pages are not all checked again
        Path shared = Path.of(System.getProperty("site.cache")).resolve("html-cache/valid.txt");
        if (Files.isRegularFile(shared)) Projects.copyTree(shared, dir.resolve("cache/html-cache/valid.txt"));
        return build(project, dir.resolve("site"), dir.resolve("cache"), null);
    }
}
