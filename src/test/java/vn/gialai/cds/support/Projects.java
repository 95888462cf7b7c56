package vn.gialai.cds.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The project under test, and throw-away copies of it that a test may break. */
public final class Projects {
    private static final List<String> PARTS = List.of("jbake.properties", "templates", "assets", "data", "content");

    public static Path real() {
        return Path.of("").toAbsolutePath();
    }

    /** A copy of the real project (content, templates, data, assets, settings) in a new temporary folder. */
    public static Path copy() {
        try {
            Path dir = Files.createTempDirectory("gialai-project-");
            for (String part : PARTS) copyTree(real().resolve(part), dir.resolve(part));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Projects() {}
}
