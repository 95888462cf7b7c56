package vn.gialai.cds.build;

import vn.gialai.cds.checks.BuildFailure;
import vn.gialai.cds.checks.Problem;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The command line: `build` writes the site to target/site; `serve` builds, serves it on a local port
 * and rebuilds on every change. Problems are printed one per line; never a stack trace.
 */
public final class Main {
    public static void main(String[] args) {
        // The machine's zone and language must not change the site.
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        Locale.setDefault(Locale.ROOT);
        Logging.quiet();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

        String command = "build";
        Path project = Path.of("").toAbsolutePath();
        Path outDir = null;
        String siteUrl = null;
        int port = 8080;
        // Maven's exec passes "--port 8081" as one argument: split it as a shell would.
        args = java.util.Arrays.stream(args).flatMap(a -> java.util.Arrays.stream(a.strip().split("\\s+")))
                .filter(a -> !a.isEmpty()).toArray(String[]::new);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isBlank()) continue;
            switch (a) {
                case "build", "serve" -> command = a;
                case "--out" -> outDir = Path.of(args[++i]);
                case "--site-url" -> siteUrl = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--project" -> project = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    err.println("Unknown argument '" + a + "'. Use: build|serve [--out DIR] [--site-url URL] [--port N]");
                    System.exit(2);
                }
            }
        }
        BuildOptions options = new BuildOptions(project, outDir != null ? outDir : project.resolve("target/site"), siteUrl);
        if (command.equals("serve")) {
            System.exit(PreviewServer.run(options, port, out, err));
        }
        System.exit(build(options, out, err));
    }

    /** Runs one build and reports it; returns the exit code. */
    public static int build(BuildOptions options, PrintStream out, PrintStream err) {
        try {
            BuildResult r = new SiteBuilder().build(options);
            for (String note : r.notes()) out.println("note: " + note);
            out.println("Built " + r.pages() + " pages into " + display(options) + " in " + r.millis() + " ms.");
            return 0;
        } catch (BuildFailure f) {
            err.println("The site was not built: " + f.problems().size() + " problem(s) to fix.");
            for (Problem p : f.problems().sorted()) err.println("  " + p);
            err.println("The last good site in " + display(options) + " was left as it was.");
            return 1;
        } catch (RuntimeException e) {
            err.println("The site was not built: an unexpected error (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Please report it with the command you ran.");
            err.println("The last good site in " + display(options) + " was left as it was.");
            return 2;
        }
    }

    private static String display(BuildOptions options) {
        Path o = options.out().toAbsolutePath().normalize();
        Path p = options.projectDir().toAbsolutePath().normalize();
        return o.startsWith(p) ? p.relativize(o).toString() : o.toString();
    }

    private Main() {}
}
