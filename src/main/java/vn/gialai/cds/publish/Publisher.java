package vn.gialai.cds.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The last step: a fully built and checked staging folder takes the place of the published one.
 * Until then the published site is not touched, so a failed build leaves it exactly as it was.
 */
public final class Publisher {

    public static Path stagingFor(Path out) {
        return out.resolveSibling(out.getFileName() + ".staging");
    }

    public static void publish(Path staging, Path out) throws IOException {
        Path previous = out.resolveSibling(out.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(out)) Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private Publisher() {}
}
