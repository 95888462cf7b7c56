package vn.gialai.cds.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `./site build` of a project as a process of its own (the command line's Main, with this test run's classes), so a
 * test can run two at once, or kill one with SIGKILL at a moment of its choosing. Its output goes to files.
 */
public final class ChildBuild {
    public final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildBuild(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts building project into out as on the fixture's day; jvmOptions such as -Dsite.fault=pause@swap. */
    public static ChildBuild start(Path project, Path out, String... jvmOptions) {
        try {
            Path logs = Temp.dir("child-build-");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "@" + Path.of("jvm.options").toAbsolutePath()));
            String cache = System.getProperty("site.cache");
            if (cache != null) cmd.add("-Dsite.cache=" + cache);
            cmd.addAll(List.of(jvmOptions));
            cmd.addAll(List.of("vn.gialai.cds.cli.Main", "build", "--project", project.toString(), "--out", out.toString(),
                    "--now", Projects.FIXTURE_NOW.toString(), "--site-url", BuiltSite.SITE_URL));
            Process p = new ProcessBuilder(cmd).redirectOutput(logs.resolve("out.txt").toFile())
                    .redirectError(logs.resolve("err.txt").toFile()).start();
            return new ChildBuild(p, logs.resolve("out.txt"), logs.resolve("err.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() { return process.pid(); }

    /** Waits for the build to end (at most 5 minutes) and returns its exit code. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child build did not end in 5 minutes: " + out() + err());
        }
        return process.exitValue();
    }

    /** Waits until the build printed a line containing text (e.g. "fault: paused at swap"); false when it ended first. */
    public boolean awaitOutput(String text, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (out().contains(text)) return true;
            if (!process.isAlive()) return out().contains(text);
            Thread.sleep(50);
        }
        return false;
    }

    /** kill -9: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        process.waitFor(1, TimeUnit.MINUTES);
    }

    public String out() { return read(stdout); }

    public String err() { return read(stderr); }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
