package vn.gialai.cds.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The projects tests build: the fixture site (src/test/resources/fixture-site: sample content, data and settings that
 * no editor touches, with the real templates, assets and data schema), throw-away copies of it that a test may break,
 * and the real project (only the smoke test and the benchmark use it).
 */
public final class Projects {
    private static final List<String> PARTS = List.of("jbake.properties", "templates", "assets", "data", "content");
    /** The fixture's own parts; the code it is built with (templates/, assets/, data/schema/) comes from the real project. */
    private static final List<String> FIXTURE_PARTS = List.of("jbake.properties", "content", "data", "assets");
    /** The schema the indicator loader reads (IndicatorLoader.SCHEMA), copied from the real project so its changes are tested. */
    private static final String SCHEMA_DIR = "data/schema";
    /** Editors' photos: content, not code. The fixture brings its own sample photo instead. */
    private static final String REAL_IMAGES = "assets/images";

    /** The fixture's "today": its scheduled article (2026-02-01) is not yet published, everything else is. */
    public static final LocalDate FIXTURE_NOW = LocalDate.of(2026, 1, 15);

    private static Path fixture;

    public static Path real() {
        return Path.of("").toAbsolutePath();
    }

    /** Where the fixture's sources are kept. */
    public static Path fixtureSource() {
        return real().resolve("src/test/resources/fixture-site");
    }

    /**
     * The fixture project, assembled once per test run and shared: read it and build it (into a folder of your own),
     * never change it. A test that edits files takes {@link #fixtureCopy()}.
     */
    public static synchronized Path fixture() {
        if (fixture == null) fixture = assemble("gialai-fixture-");
        return fixture;
    }

    /** A fresh fixture project of its own, in a new temporary folder, for a test that changes or breaks files. */
    public static Path fixtureCopy() {
        return assemble("gialai-fixture-copy-");
    }

    private static Path assemble(String prefix) {
        try {
            Path dir = Temp.dir(prefix);
            Path src = fixtureSource();
            for (String part : FIXTURE_PARTS) {
                if (Files.exists(src.resolve(part))) copyTree(src.resolve(part), dir.resolve(part));
            }
            copyTree(real().resolve("templates"), dir.resolve("templates"));
            Path realImages = real().resolve(REAL_IMAGES);
            copyTree(real().resolve("assets"), dir.resolve("assets"), p -> !p.startsWith(realImages));
            if (Files.isDirectory(src.resolve("assets"))) copyTree(src.resolve("assets"), dir.resolve("assets"));
            copyTree(real().resolve(SCHEMA_DIR), dir.resolve(SCHEMA_DIR));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the real project (content, templates, data, assets, settings) in a new temporary folder (the benchmark's). */
    public static Path copy() {
        try {
            Path dir = Temp.dir("gialai-project-");
            for (String part : PARTS) copyTree(real().resolve(part), dir.resolve(part));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, p -> true);
    }

    private static void copyTree(Path from, Path to, Predicate<Path> include) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(include).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Projects() {}
}
