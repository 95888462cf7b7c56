package vn.gialai.cds.pipeline;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.WriteFailure;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.publish.PublishTarget;
import vn.gialai.cds.publish.SitePublisher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * `./site publish`: the same build as `./site build` (every gate; only a checked site reaches target/site), then
 * that checked site copied to the publish target. A failed build publishes nothing and leaves the target as it was.
 */
public final class PublishRun {
    /** The setting in jbake.properties. */
    public static final String SETTING = "publish.target";
    /** The environment variable (for a CI secret); it overrides the setting. */
    public static final String ENV = "SITE_PUBLISH_TARGET";

    /**
     * Where to publish: the command line's --target first, then {@value #ENV}, then {@value #SETTING}; null when none
     * is set (blank counts as not set).
     */
    public static String resolveTarget(String commandLine, Map<String, String> env, Path projectDir) {
        if (commandLine != null && !commandLine.isBlank()) return commandLine.strip();
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(projectDir.resolve(SiteConfig.FILE))));
        } catch (IOException | RuntimeException e) {
            return null; // the build reports an unreadable jbake.properties itself
        }
        String v = p.getProperty(SETTING, "").strip();
        return v.isEmpty() ? null : v;
    }

    /** Builds, then publishes to production; returns the exit code. */
    public static int attempt(BuildOptions options, String targetSpec, PrintStream out, PrintStream err) {
        return attempt(options, targetSpec, java.time.Duration.ofSeconds(vn.gialai.cds.files.BuildLock.DEFAULT_WAIT_SECONDS), true, out, err);
    }

    /**
     * Builds, then publishes; returns the exit code. Waits at most lockWait for another build writing the same output
     * folder. Every publish is to production unless `--staging` says otherwise (a test or review copy): production
     * refuses, before building, while a field only the operator can give is empty (data/organisation.json,
     * data/portals.json), naming each one (exit 2), so no page with a "not given yet" notice goes live.
     */
    public static int attempt(BuildOptions options, String targetSpec, java.time.Duration lockWait, boolean production,
                              PrintStream out, PrintStream err) {
        if (production) {
            java.util.List<String> empty = emptyOperatorFields(options.projectDir());
            if (!empty.isEmpty()) {
                err.println("Not published to production: these fields only the operator can give are still empty: " + String.join(", ", empty)
                        + ". Fill them in " + vn.gialai.cds.data.DataLoader.ORGANISATION + " and " + vn.gialai.cds.data.DataLoader.PORTALS
                        + " (each portal with its https:// address and the public page that gives it), or publish a review copy with --staging.");
                return 2;
            }
        }
        if (targetSpec == null) {
            err.println("Nowhere to publish: set " + SETTING + " in " + SiteConfig.FILE + " (a folder such as /var/www/gialai, or user@host:/var/www/gialai for rsync over ssh),"
                    + " or give --target, or the environment variable " + ENV + ".");
            return 2;
        }
        PublishTarget target = PublishTarget.parse(targetSpec);
        BuildRun.Outcome built = BuildRun.attempt(options, vn.gialai.cds.files.BuildLock.Wait.bounded("publish", lockWait), out, err);
        if (built.exitCode() != 0) {
            err.println("Nothing was published: " + target + " was left as it was.");
            return built.exitCode();
        }
        // the built site is read while it is copied: no other build may swap it meanwhile
        BuildLock.Wait wait = BuildLock.Wait.bounded("publish", lockWait).reporting(m -> out.println("note: " + m.in(Language.EN)));
        try (BuildLock lock = BuildLock.acquire(options.out(), wait)) {
            SitePublisher.publish(options.out(), target, wait);
        } catch (SitePublisher.PublishFailure f) {
            err.println("The site was built but not published: " + f.getMessage());
            return 3;
        } catch (BuildLock.Busy b) {
            err.println("The site was built but not published: " + b.msg().in(Language.EN));
            return 3;
        } catch (IOException e) {
            err.println("The site was built but not published: " + WriteFailure.explain(e, options.out()).in(Language.EN));
            return 3;
        }
        out.println("Published " + options.out().getFileName() + " to " + target + (target.remote() ? " (rsync over ssh)." : "."));
        return 0;
    }

    /** The operator's fields still empty; a file that does not load is left for the build to report. */
    static java.util.List<String> emptyOperatorFields(Path project) {
        vn.gialai.cds.problems.Problems ignored = new vn.gialai.cds.problems.Problems();
        vn.gialai.cds.data.SiteData data = vn.gialai.cds.data.DataLoader.load(project.toAbsolutePath().normalize(), ignored);
        return ignored.isEmpty() ? data.emptyOperatorFields() : java.util.List.of();
    }

    private PublishRun() {}
}
