package vn.gialai.cds.robustness;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.SiteOverlay;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.ChildBuild;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed at any moment (kill -9: a closed terminal, a CI time-out) leaves the previous site or the new one,
 * whole, once the next build's first step has run; the next build succeeds. Two ways of publishing, one test each: a
 * full build (a template changed) swaps whole folders, so even right after the kill the folder holds one whole site;
 * a rebuild after a text edit moves its few changed files in under a journal (files/SiteOverlay), so a kill in the
 * middle of that leaves the journal, and the next build's first step finishes it. The fixture is built as a process
 * of its own and killed once at the worst moment and then at seeded random moments (-Dkill.points=N for more,
 * -Dkill.seed=S for others).
 */
class KillTest {

    @Test
    void aFullBuildKilledAnywhereLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
        killed("templates/page.ftl", "\n<#-- a template edited: every page is rendered again -->\n", "swap-between", (out, previous, next) -> {
            assertFalse(Files.exists(out), "killed between the two renames: no site in place…");
            assertEquals(previous, Runs.fingerprint(SiteSwap.aside(out)), "…but the previous one whole beside it");
            SiteSwap.recover(out);
            assertEquals(previous, Runs.fingerprint(out), "and put back by the next build's first step");
        }, false);
    }

    @Test
    void aRebuildKilledWhileItMovesItsChangesInIsFinishedByTheNextBuild() throws Exception {
        killed("content/vi/gioi-thieu.md", "\nMột câu mới cho lần dựng sau.\n", "journal-between", (out, previous, next) -> {
            assertTrue(Files.exists(SiteOverlay.journal(out)), "killed while moving the changes in: the journal is there");
            SiteSwap.recover(out);
            assertEquals(next, Runs.fingerprint(out), "and the next build's first step finishes the new site");
            assertFalse(Files.exists(SiteOverlay.journal(out)));
        }, true);
    }

    interface AtWorst { void check(Path out, Map<String, String> previous, Map<String, String> next) throws Exception; }

    private static void killed(String file, String added, String worst, AtWorst atWorst, boolean overlay) throws Exception {
        Path project = Projects.fixtureCopy();
        Path out = Temp.dir("kill-").resolve("site");
        assertEquals(0, Runs.build(options(project, out)).exitCode());
        Map<String, String> previous = Runs.fingerprint(out);
        Path saved = Temp.dir("kill-previous-").resolve("site");
        Projects.copyTree(out, saved);

        Path edited = project.resolve(file);
        Files.writeString(edited, Files.readString(edited) + added);
        Path reference = Temp.dir("kill-new-").resolve("site");
        assertEquals(0, Runs.build(options(project, reference)).exitCode());
        Map<String, String> next = Runs.fingerprint(reference);
        assertFalse(previous.equals(next), "the new site differs from the old one");

        long t = System.nanoTime();
        ChildBuild paused = ChildBuild.start(project, out, "-Dsite.fault=pause@" + worst);
        assertTrue(paused.awaitOutput("fault: paused at " + worst, 300), paused.out() + paused.err());
        long buildMillis = (System.nanoTime() - t) / 1_000_000;
        paused.kill();
        atWorst.check(out, previous, next);

        long seed = Long.getLong("kill.seed", 18);
        Random random = new Random(seed);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("kill.points", 3); i++) {
            if (!Runs.fingerprint(out).equals(previous)) {
                SiteSwap.deleteTree(out);
                Projects.copyTree(saved, out);
            }
            long delay = (long) (random.nextDouble() * buildMillis * 1.1);
            ChildBuild child = ChildBuild.start(project, out);
            Thread.sleep(delay);
            boolean finished = !child.process.isAlive();
            child.kill();
            // what the folder holds right after the kill, before anything is cleaned up: a whole site, or (a rebuild
            // killed while moving its changes in) a journal for the next build to finish
            Map<String, String> raw = Files.exists(out) ? Runs.fingerprint(out) : Runs.fingerprint(SiteSwap.aside(out));
            boolean journal = Files.exists(SiteOverlay.journal(out));
            assertTrue(raw.equals(previous) || raw.equals(next) || (overlay && journal),
                    "killed after " + delay + " ms (seed " + seed + "): the site is neither the old nor the new one");
            SiteSwap.recover(out);
            Map<String, String> after = Runs.fingerprint(out);
            assertTrue(after.equals(previous) || after.equals(next), "after cleaning up, killed at " + delay + " ms");
            if (journal) assertEquals(next, after, "a journal is finished: the new site");
            seen.add(delay + " ms: " + (finished ? "finished" : journal ? "journal finished" : after.equals(next) ? "new site" : "old site"));
        }

        System.out.println("KillTest: a build takes " + buildMillis + " ms to reach " + worst + "; killed at " + seen);
        Runs.Run last = Runs.build(options(project, out));
        assertEquals(0, last.exitCode(), last.err());
        assertEquals(next, Runs.fingerprint(out), "the next build succeeds: " + seen);
        assertFalse(Files.exists(SiteSwap.staging(out)));
        assertFalse(Files.exists(SiteSwap.aside(out)));
        assertFalse(Files.exists(SiteOverlay.journal(out)));
        assertEquals("", Files.readString(BuildLock.file(out)));
    }

    private static BuildOptions options(Path project, Path out) {
        return new BuildOptions(project, out, BuiltSite.SITE_URL).withNow(Projects.FIXTURE_NOW);
    }
}
