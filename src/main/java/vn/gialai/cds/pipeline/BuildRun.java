package vn.gialai.cds.pipeline;

import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.vocabulary.Language;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One build as a person sees it: the report on success, every problem one line each on failure, never a stack
 * trace. The command line and the preview both run builds through here.
 */
public final class BuildRun {
    /** What a build came to: the exit code, and the problems when it failed (empty otherwise). */
    public record Outcome(int exitCode, List<Problem> problems, BuildState state) {}

    public static Outcome attempt(BuildOptions options, PrintStream out, PrintStream err) {
        return attempt(options, BuildLock.Wait.bounded("build", Duration.ofSeconds(BuildLock.DEFAULT_WAIT_SECONDS)), out, err);
    }

    /** The same, waiting for the output folder's lock as the command wants (the preview waits as long as it takes). */
    public static Outcome attempt(BuildOptions options, BuildLock.Wait wait, PrintStream out, PrintStream err) {
        return attempt(new SiteBuilder(), options, wait, out, err);
    }

    /** The same with this builder (the preview's, which remembers the last build: pipeline/BuildMemory). */
    public static Outcome attempt(SiteBuilder builder, BuildOptions options, BuildLock.Wait wait, PrintStream out, PrintStream err) {
        try {
            BuildResult r = builder.build(options, wait.reporting(m -> out.println("note: " + m.in(Language.EN))));
            for (String note : r.notes()) out.println("note: " + note);
            out.println("Built " + r.pages() + " pages into " + display(options) + " in " + r.millis() + " ms.");
            return new Outcome(0, List.of(), r.state());
        } catch (BuildFailure f) {
            err.println("The site was not built: " + f.problems().size() + " problem(s) to fix.");
            for (Problem p : f.problems().sorted()) err.println("  " + p);
            err.println("The last good site in " + display(options) + " was left as it was.");
            return new Outcome(1, f.problems().sorted(), null);
        } catch (RuntimeException | Error e) {
            // a write that failed deep inside a library (JBake wraps it): named by its real cause all the same
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.io.IOException io) {
                    Problem p = new Problem(options.out().toString(), 0, vn.gialai.cds.files.WriteFailure.explain(io, options.out()));
                    err.println("The site was not built: 1 problem(s) to fix.");
                    err.println("  " + p);
                    err.println("The last good site in " + display(options) + " was left as it was.");
                    return new Outcome(1, List.of(p), null);
                }
            }
            String what = "an unexpected error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Please report it with the command you ran.";
            err.println("The site was not built: " + what);
            err.println("The last good site in " + display(options) + " was left as it was.");
            return new Outcome(2, List.of(Problem.in("build", what)), null);
        }
    }

    private static String display(BuildOptions options) {
        Path o = options.out().toAbsolutePath().normalize();
        Path p = options.projectDir().toAbsolutePath().normalize();
        return o.startsWith(p) ? p.relativize(o).toString() : o.toString();
    }

    private BuildRun() {}
}
