package vn.gialai.cds.cli;



import vn.gialai.cds.vocabulary.SiteTime;

import vn.gialai.cds.jbake.Logging;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.BuildRun;
import vn.gialai.cds.pipeline.PublishRun;
import vn.gialai.cds.preview.PreviewServer;


import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The command line: `build` writes the site to target/site; `serve` builds, serves it on a local port
 * and rebuilds on every change; `publish` builds and copies the checked site to the publish target. Problems are printed one per line; never a stack trace.
 */
public final class Main {
    public static void main(String[] args) {
        // The machine's zone and language must not change the site.
        TimeZone.setDefault(TimeZone.getTimeZone(SiteTime.ZONE));
        System.setProperty("java.awt.headless", "true"); // share cards are drawn without a screen
        Locale.setDefault(Locale.ROOT);
        Logging.quiet();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The command line, without exiting: returns the exit code (the preview returns when it is stopped). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** The same, with the environment given (publish reads {@value PublishRun#ENV} from it). */
    public static int run(String[] args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
        String command = "build";
        String title = null;
        String titleEn = null;
        java.time.LocalDate now = null;
        Path project = Path.of("").toAbsolutePath();
        Path outDir = null;
        String siteUrl = null;
        String target = null;
        boolean staging = false;
        int port = 8080;
        String host = PreviewServer.LOCAL_HOST;
        int lockWait = vn.gialai.cds.files.BuildLock.DEFAULT_WAIT_SECONDS;
        // Maven's exec passes "--port 8081" as one argument: split such options as a shell would (titles keep their spaces).
        args = java.util.Arrays.stream(args)
                .flatMap(a -> a.strip().startsWith("--") ? java.util.Arrays.stream(a.strip().split("\\s+")) : java.util.stream.Stream.of(a))
                .filter(a -> !a.isBlank()).toArray(String[]::new);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isBlank()) continue;
            switch (a) {
                case "build", "serve", "publish", "new-article" -> command = a;
                case "--en" -> titleEn = args[++i];
                case "--now" -> {
                    try {
                        now = java.time.LocalDate.parse(args[++i]);
                    } catch (RuntimeException e) {
                        err.println("--now needs a date written YYYY-MM-DD, e.g. --now 2026-12-01.");
                        return 2;
                    }
                }
                case "--out" -> outDir = Path.of(args[++i]);
                case "--site-url" -> siteUrl = args[++i];
                case "--target" -> target = args[++i];
                case "--staging" -> staging = true;
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--lock-wait" -> {
                    try {
                        lockWait = Integer.parseInt(args[++i]);
                    } catch (RuntimeException e) {
                        err.println("--lock-wait needs a whole number of seconds, e.g. --lock-wait 120.");
                        return 2;
                    }
                }
                case "--project" -> project = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    if (command.equals("new-article") && title == null && !a.startsWith("--")) {
                        title = a;
                    } else {
                        err.println("Unknown argument '" + a + "'. Use: build | serve [--port N] | publish [--target DIR|user@host:DIR] [--staging] | new-article \"Tiêu đề\" [--en \"English title\"]"
                                + " (options: --out DIR, --site-url URL, --now YYYY-MM-DD, --lock-wait SECONDS, serve: --host ADDRESS)");
                        return 2;
                    }
                }
            }
        }
        BuildOptions options = new BuildOptions(project, outDir != null ? outDir : project.resolve("target/site"), siteUrl);
        if (now != null) options = options.withNow(now);
        if (command.equals("new-article")) {
            return newArticle(project, title, titleEn, options.now(), out, err);
        }
        if (command.equals("serve")) {
            if (outDir == null) options = options.withOut(project.resolve("target/preview"));
            return PreviewServer.run(options.withPreview(true), host, port, out, err);
        }
        if (command.equals("publish")) {
            return PublishRun.attempt(options, PublishRun.resolveTarget(target, env, project), java.time.Duration.ofSeconds(lockWait), !staging, out, err);
        }
        return BuildRun.attempt(options, vn.gialai.cds.files.BuildLock.Wait.bounded("build", java.time.Duration.ofSeconds(lockWait)), out, err).exitCode();
    }

    static int newArticle(Path project, String title, String titleEn, java.time.LocalDate today, PrintStream out, PrintStream err) {
        if (title == null || title.isBlank()) {
            err.println("Give the Vietnamese title: ./site new-article \"Tiêu đề tin\" (and, if you have it, --en \"English title\").");
            return 2;
        }
        try {
            var c = vn.gialai.cds.content.NewArticle.create(project, title, titleEn, today);
            out.println("Created a draft article pair (translationKey=" + c.translationKey() + "):");
            out.println("  " + project.relativize(c.vi()));
            out.println("  " + project.relativize(c.en()));
            out.println("Fill in the summary and the text, then look at it with ./site serve. Set status=published to publish.");
            return 0;
        } catch (java.io.IOException e) {
            err.println("The article was not created: " + e.getMessage());
            return 1;
        }
    }

    /** Runs one build and reports it; returns the exit code. */
    public static int build(BuildOptions options, PrintStream out, PrintStream err) {
        return BuildRun.attempt(options, out, err).exitCode();
    }

    private Main() {}
}
