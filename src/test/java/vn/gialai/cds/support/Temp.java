package vn.gialai.cds.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders for the tests (project copies, built sites, the browser's profile), deleted when the test JVM
 * ends: a run makes a few hundred of them, and a machine that runs the tests on every publish must not fill up.
 * Run with -Dtests.keep-temp=true to keep them for a look after a failure.
 */
public final class Temp {
    private static final List<Path> DIRS = new ArrayList<>();

    static {
        if (!Boolean.getBoolean("tests.keep-temp")) Runtime.getRuntime().addShutdownHook(new Thread(Temp::deleteAll, "delete-temp"));
    }

    private Temp() {}

    public static Path dir(String prefix) {
        try {
            Path d = Files.createTempDirectory(prefix);
            synchronized (DIRS) { DIRS.add(d); }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A built site's folder ("site") and a cache file beside it ("cache/&lt;name&gt;"), both folders made, the file not. */
    public record SiteAndCache(Path site, Path cache) {}

    public static SiteAndCache siteAndCache(String prefix, String cacheName) {
        Path d = dir(prefix);
        SiteAndCache made = new SiteAndCache(d.resolve("site"), d.resolve("cache").resolve(cacheName));
        try {
            Files.createDirectories(made.site());
            Files.createDirectories(made.cache().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return made;
    }

    private static void deleteAll() {
        List<Path> dirs;
        synchronized (DIRS) { dirs = new ArrayList<>(DIRS); }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException ignored) {
                // best effort: the system's temporary folder is cleaned anyway
            }
        }
    }
}
