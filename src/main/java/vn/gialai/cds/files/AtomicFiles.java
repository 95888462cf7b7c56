package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a cache file so that nobody ever reads it half-written: the bytes go to a file of this process and thread
 * beside it, forced to the disk, and then moved into place in one step (a build killed while writing leaves only a
 * ".tmp" file, which no reader looks at). Two builds filling the same cache at once (the preview and a
 * build, or the tests' two JVMs) each move a whole file; the last one wins, and both are the same.
 */
public final class AtomicFiles {
    public interface Writer { void writeTo(Path tmp) throws IOException; }

    public static void write(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            writer.writeTo(tmp);
            // on the disk before it gets its name: after a power cut the name never points at half a file
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, tmp -> Files.write(tmp, bytes));
    }

    private AtomicFiles() {}
}
