package vn.gialai.cds.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.cli.Main;
import vn.gialai.cds.pipeline.PublishRun;
import vn.gialai.cds.publish.PublishTarget;
import vn.gialai.cds.publish.SitePublisher;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Nginx;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;
import vn.gialai.cds.support.WorkflowSummary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./site publish` on the fixture: a good site reaches the target whole, a broken one reaches nothing. */
class PublishCommandTest {
    private static final String AGRI = "content/vi/linh-vuc/nong-nghiep.md";
    private static Path out;
    private static Path target;
    private static Runs.Run published;

    /** Runs the command line as `./site publish …` would, on the fixture's "today", with the environment given. */
    static Runs.Run publish(Path project, Path outDir, Map<String, String> env, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--project", project.toString(), "--out", outDir.toString(),
                "--now", Projects.FIXTURE_NOW.toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), env,
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Runs.Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The folder holds exactly these files with these bytes; a failure lists the paths that differ, not every hash. */
    static void assertSame(Map<String, String> expected, Path folder) {
        Map<String, String> actual = Runs.fingerprint(folder);
        java.util.Set<String> differ = new java.util.TreeSet<>(expected.keySet());
        differ.addAll(actual.keySet());
        differ.removeIf(k -> java.util.Objects.equals(expected.get(k), actual.get(k)));
        assertTrue(differ.isEmpty(), folder + " differs from what it should hold (" + expected.size() + " files) in " + differ.size()
                + " file(s): " + differ.stream().limit(10).toList());
    }

    @BeforeAll
    static void publishTheFixture() throws Exception {
        Path dir = Temp.dir("gialai-publish-");
        out = dir.resolve("site");
        target = dir.resolve("www/gialai");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.html"), "a page the new site no longer has");
        published = publish(Projects.fixture(), out, Map.of(), "--target", target.toString());
    }

    @Test
    void aGoodSiteIsPublishedWholeAndNothingElseIsLeftThere() {
        assertEquals(0, published.exitCode(), published.err());
        assertTrue(published.out().contains("Published site to " + target), published.out());
        Map<String, String> built = Runs.fingerprint(out);
        assertTrue(built.containsKey("index.html") && built.containsKey("en/index.html"), "the build wrote the home pages");
        assertSame(built, target);
        assertFalse(Files.exists(target.resolve("stale.html")), "a file the site no longer has is gone");
        assertFalse(Files.exists(target.resolveSibling("gialai.staging")), "no staging folder is left beside the target");
        assertFalse(Files.exists(target.resolveSibling("gialai.previous")), "no previous copy is left beside the target");
    }

    @Test
    void theEnvironmentVariableIsATargetToo() throws Exception {
        Path other = Temp.dir("gialai-publish-env-").resolve("www");
        SitePublisher.publish(out, PublishTarget.parse(other.toString())); // the same copy, without a second build
        assertSame(Runs.fingerprint(out), other);
        assertEquals("/srv/env", PublishRun.resolveTarget(null, Map.of(PublishRun.ENV, "/srv/env"), Projects.fixture()));
        assertEquals("/srv/cli", PublishRun.resolveTarget("/srv/cli", Map.of(PublishRun.ENV, "/srv/env"), Projects.fixture()),
                "the command line wins over the environment");
        Path project = Temp.dir("gialai-publish-setting-");
        Files.writeString(project.resolve("jbake.properties"), "site.url=https://example.org/\n" + PublishRun.SETTING + "= /srv/setting \n");
        assertEquals("/srv/setting", PublishRun.resolveTarget(null, Map.of(), project));
        assertEquals("/srv/env", PublishRun.resolveTarget(null, Map.of(PublishRun.ENV, "/srv/env"), project),
                "the environment wins over jbake.properties");
        assertNull(PublishRun.resolveTarget(" ", Map.of(PublishRun.ENV, ""), Projects.fixture()), "blank is not a target");
    }

    @Test
    void aBrokenFilePublishesNothingAndNamesTheFile() throws Exception {
        Path project = Projects.fixtureCopy();
        Edits.replace(project, AGRI, "date=2026-01-12", "date=2025-02-30");
        Path live = Temp.dir("gialai-publish-broken-").resolve("www");
        Projects.copyTree(target, live); // the good site, as it is live
        Map<String, String> before = Runs.fingerprint(live);
        assertTrue(before.containsKey("index.html"));

        Runs.Run r = publish(project, project.resolve("target/site"), Map.of(), "--target", live.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(AGRI + ":6: date '2025-02-30' is not a real date"), r.err());
        assertTrue(r.err().contains("Nothing was published: " + live + " was left as it was."), r.err());
        assertSame(before, live);
        assertFalse(Files.exists(live.resolveSibling("www.staging")));

        // the pipeline's summary page shows the editor that line, from this very output
        String summary = WorkflowSummary.render("failure", Map.of("build.log", r.out() + r.err()));
        assertTrue(summary.contains("Not published") && summary.contains(AGRI + ":6: date '2025-02-30' is not a real date"), summary);
    }

    @Test
    void withNoTargetItRefusesInOneLineSayingWhereToSetIt() {
        Path o = Temp.dir("gialai-publish-none-").resolve("site");
        Runs.Run r = publish(Projects.fixture(), o, Map.of());
        assertEquals(2, r.exitCode());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains("publish.target in jbake.properties") && lines.get(0).contains("--target")
                && lines.get(0).contains("SITE_PUBLISH_TARGET"), lines.get(0));
        assertFalse(Files.exists(o), "nothing was built either");
    }

    @Test
    void thePublishedFolderServedByNginxAnswersWithBothHomePages() throws Exception {
        assertEquals(0, published.exitCode(), published.err());
        try (Nginx nginx = Nginx.serve(target)) {
            var vi = nginx.get("/");
            assertEquals(200, vi.statusCode());
            assertTrue(vi.body().contains("<html lang=\"vi\""), "the Vietnamese home page");
            var en = nginx.get("/en/");
            assertEquals(200, en.statusCode());
            assertTrue(en.body().contains("<html lang=\"en\""), "the English home page");
        }
    }

    @Test
    void rsyncWithThePublishArgumentsCopiesTheSiteExactly() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/rsync")), "rsync is not installed: apt-get install -y rsync (.ci/run does it)");
        Path dest = Temp.dir("gialai-rsync-").resolve("www");
        Files.createDirectories(dest);
        Files.writeString(dest.resolve("stale.html"), "gone after --delete");
        SitePublisher.rsync(out, dest.toString()); // a local destination: the same arguments as over ssh
        assertSame(Runs.fingerprint(out), dest);
    }

    @Test
    void targetsAreReadAsAFolderOrAnRsyncDestination() {
        assertFalse(PublishTarget.parse("/var/www/gialai").remote());
        assertFalse(PublishTarget.parse("C:\\inetpub\\gialai").remote());
        assertFalse(PublishTarget.parse("target/www").remote());
        assertTrue(PublishTarget.parse("deploy@web.example:/var/www/gialai").remote());
        assertTrue(PublishTarget.parse("web.example:/var/www/gialai").remote());
        assertEquals(List.of("rsync", "-a", "--delete", "--delay-updates", "-e", "ssh", "/b/site/", "h:/w/"),
                PublishTarget.rsyncCommand(Path.of("/b/site"), "h:/w"));
    }
}
