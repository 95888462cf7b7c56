package vn.gialai.cds.robustness;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.files.BuildLock;
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
 * whole; the next build cleans up and succeeds. The fixture is built as a process of its own and killed once at the
 * worst moment (old site moved aside, new one not yet in) and then at seeded random moments
 * (-Dkill.points=N for more, -Dkill.seed=S for others).
 */
class KillTest {

    @Test
    void aBuildKilledAnywhereLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
        Path project = Projects.fixtureCopy();
        Path out = Temp.dir("kill-").resolve("site");
        assertEquals(0, Runs.build(options(project, out)).exitCode());
        Map<String, String> previous = Runs.fingerprint(out);
        Path saved = Temp.dir("kill-previous-").resolve("site");
        Projects.copyTree(out, saved);

        Path page = project.resolve("content/vi/gioi-thieu.md");
        Files.writeString(page, Files.readString(page) + "\nMột câu mới cho lần dựng sau.\n");
        Path reference = Temp.dir("kill-new-").resolve("site");
        assertEquals(0, Runs.build(options(project, reference)).exitCode());
        Map<String, String> next = Runs.fingerprint(reference);
        assertFalse(previous.equals(next), "the new site differs from the old one");

        // the worst moment: the old site moved aside, the new one not yet renamed in
        long t = System.nanoTime();
        ChildBuild paused = ChildBuild.start(project, out, "-Dsite.fault=pause@swap-between");
        assertTrue(paused.awaitOutput("fault: paused at swap-between", 300), paused.out() + paused.err());
        long buildMillis = (System.nanoTime() - t) / 1_000_000;
        paused.kill();
        assertFalse(Files.exists(out), "killed between the two renames: no site in place…");
        assertEquals(previous, Runs.fingerprint(SiteSwap.aside(out)), "…but the previous one whole beside it");
        SiteSwap.recover(out);
        assertEquals(previous, Runs.fingerprint(out), "and put back by the next build's first step");

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
            // what the folder holds right after the kill, before anything is cleaned up
            Map<String, String> raw = Files.exists(out) ? Runs.fingerprint(out) : Runs.fingerprint(SiteSwap.aside(out));
            assertTrue(raw.equals(previous) || raw.equals(next),
                    "killed after " + delay + " ms (seed " + seed + "): the site is neither the old nor the new one");
            SiteSwap.recover(out);
            Map<String, String> after = Runs.fingerprint(out);
            assertTrue(after.equals(previous) || after.equals(next), "after cleaning up, killed at " + delay + " ms");
            seen.add(delay + " ms: " + (finished ? "finished" : after.equals(next) ? "new site" : "old site"));
        }

        System.out.println("KillTest: a build takes " + buildMillis + " ms to reach the swap; killed at " + seen);
        Runs.Run last = Runs.build(options(project, out));
        assertEquals(0, last.exitCode(), last.err());
        assertEquals(next, Runs.fingerprint(out), "the next build succeeds: " + seen);
        assertFalse(Files.exists(SiteSwap.staging(out)));
        assertFalse(Files.exists(SiteSwap.aside(out)));
        assertEquals("", Files.readString(BuildLock.file(out)));
    }

    private static BuildOptions options(Path project, Path out) {
        return new BuildOptions(project, out, BuiltSite.SITE_URL).withNow(Projects.FIXTURE_NOW);
    }
}
