package vn.gialai.cds.robustness;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.cli.Main;
import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.ChildBuild;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One build at a time per output folder; separate folders in parallel; a lock left by a killed build is no obstacle. */
class BuildLockTest {

    @Test
    void twoBuildsIntoTwoFoldersAtOnceBothSucceedWithTheSameSiteAsOneBuildAlone() throws Exception {
        Path project = Projects.fixture();
        Path dir = Temp.dir("parallel-");
        ChildBuild a = ChildBuild.start(project, dir.resolve("a"));
        ChildBuild b = ChildBuild.start(project, dir.resolve("b"));
        assertEquals(0, a.waitFor(), a.out() + a.err());
        assertEquals(0, b.waitFor(), b.out() + b.err());
        Map<String, String> alone = Runs.fingerprint(BuiltSite.get().out);
        assertEquals(alone, Runs.fingerprint(dir.resolve("a")));
        assertEquals(alone, Runs.fingerprint(dir.resolve("b")));
        assertTrue(Files.isDirectory(SiteSwap.staging(dir.resolve("a")).getParent()));
        assertFalse(Files.exists(SiteSwap.staging(dir.resolve("a"))), "each build's own staging folder is gone after it");
    }

    /**
     * A build (another process) holds target/site: ./site build waits the bounded time, then refuses with one line
     * naming that process; once it is killed, the next build says so, cleans up after it and succeeds.
     */
    @Test
    void aSecondBuildRefusesAfterItsWaitAndAKilledBuildsLockIsCleared() throws Exception {
        Path project = Projects.fixture();
        Path out = Temp.dir("locked-").resolve("site");
        ChildBuild holder = ChildBuild.start(project, out, "-Dsite.fault=pause@outputs");
        try {
            assertTrue(holder.awaitOutput("fault: paused at outputs", 240), holder.out() + holder.err());
            long t = System.nanoTime();
            Result second = main("build", "--project", project.toString(), "--out", out.toString(), "--now",
                    Projects.FIXTURE_NOW.toString(), "--lock-wait", "2");
            long waited = (System.nanoTime() - t) / 1_000_000;
            assertEquals(1, second.code, second.err);
            assertTrue(second.out.contains("another build (process " + holder.pid() + ", started "), second.out);
            assertTrue(second.out.contains("waiting for it to finish"), second.out);
            assertTrue(second.err.contains("was still writing site after 2 s of waiting"), second.err);
            assertTrue(waited >= 2000 && waited < 30_000, "waited " + waited + " ms");
            assertFalse(second.err.contains("Exception"), second.err);
            assertTrue(Files.exists(SiteSwap.staging(out)), "the other build's staging folder was not touched");
        } finally {
            holder.kill();
        }
        assertTrue(Files.readString(BuildLock.file(out)).contains("pid=" + holder.pid()), "the killed build's lines are still there");

        Result next = main("build", "--project", project.toString(), "--out", out.toString(), "--now", Projects.FIXTURE_NOW.toString(),
                "--site-url", BuiltSite.SITE_URL);
        assertEquals(0, next.code, next.err);
        assertTrue(next.out.contains("a build (process " + holder.pid() + ", started "), next.out);
        assertTrue(next.out.contains("was stopped before it finished"), next.out);
        assertTrue(next.out.contains("deleted site.staging"), next.out);
        assertEquals(Runs.fingerprint(BuiltSite.get().out), Runs.fingerprint(out));
        assertEquals("", Files.readString(BuildLock.file(out)), "a finished build leaves the lock file empty");
    }

    /** The preview's way: a build that may wait waits as long as it takes, saying so, then builds. */
    @Test
    void aBuildThatMayWaitSaysSoAndGoesOnWhenTheLockIsFree() throws Exception {
        Path out = Temp.dir("wait-").resolve("site");
        BuildLock held = BuildLock.acquire(out, BuildLock.Wait.bounded("test", Duration.ofSeconds(1)));
        CompletableFuture<Runs.Run> build = CompletableFuture.supplyAsync(() -> Runs.build(Projects.fixture(), out));
        Thread.sleep(1500);
        assertFalse(build.isDone(), "the build waits for the lock");
        held.close();
        Runs.Run run = build.get();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: another build (process " + ProcessHandle.current().pid()), run.out());
        assertTrue(run.out().contains("command: test) is writing site; waiting for it to finish"), run.out());
    }

    record Result(int code, String out, String err) {}

    static Result main(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of(), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
