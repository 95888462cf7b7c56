package vn.gialai.cds.support;

import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the build as the command line does, capturing what an editor would read and the exit code. */
public final class Runs {
    public record Run(int exitCode, String out, String err) {}

    /** Builds as `./site build` would on the fixture's "today" ({@link Projects#FIXTURE_NOW}). */
    public static Run build(Path project, Path out) {
        return build(new BuildOptions(project, out, null).withNow(Projects.FIXTURE_NOW));
    }

    public static Run build(BuildOptions options) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.build(options,
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Builds, or fails the test with every problem the build found. */
    public static vn.gialai.cds.pipeline.BuildResult buildOrFail(BuildOptions options) {
        return buildOrFail(new vn.gialai.cds.pipeline.SiteBuilder(), options);
    }

    /** The same with this builder (one that remembers its last build, as the preview's). */
    public static vn.gialai.cds.pipeline.BuildResult buildOrFail(vn.gialai.cds.pipeline.SiteBuilder builder, BuildOptions options) {
        try {
            return builder.build(options);
        } catch (vn.gialai.cds.problems.BuildFailure f) {
            throw new AssertionError("the build failed:\n" + String.join("\n", f.problems().sorted().stream().map(Object::toString).toList()));
        }
    }

    /** What a test does while its builds keep their caches in a folder of its own. */
    public interface WithCaches { void run() throws Exception; }

    /**
     * Runs body with the builds' caches under cache (the system property site.cache, as in a CI job with a cache), and
     * puts the previous setting back after: the rebuilds in body find the caches their earlier builds left.
     */
    public static void withCaches(Path cache, WithCaches body) throws Exception {
        String saved = System.getProperty("site.cache");
        try {
            System.setProperty("site.cache", cache.toString());
            body.run();
        } finally {
            if (saved == null) System.clearProperty("site.cache"); else System.setProperty("site.cache", saved);
        }
    }

    /** Every file of a folder with the hash of its bytes, to see that nothing changed. */
    public static Map<String, String> fingerprint(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(digest));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        return out;
    }

    private Runs() {}
}
