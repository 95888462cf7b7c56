package vn.gialai.cds.files;

import vn.gialai.cds.problems.Msg;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The real cause of a failed write, in the words an editor can act on: the disk is full, the folder is read-only or
 * not ours to write, a file vanished under the build (another program deleting the output), or else the system's
 * own reason.
 */
public final class WriteFailure {
    public static Msg explain(IOException e, Path out) {
        String folder = out.toAbsolutePath().normalize().getParent() == null ? out.toString()
                : out.toAbsolutePath().normalize().getParent().toString();
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota") || r.contains("not enough space")) {
            return Msg.of("write.disk-full", folder);
        }
        if (r.contains("read-only file system")) return Msg.of("write.read-only", folder);
        if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("access is denied")) {
            return Msg.of("write.denied", folder);
        }
        if (e instanceof NoSuchFileException) return Msg.of("write.vanished", String.valueOf(e.getMessage()), folder);
        return Msg.of("write.failed", e.getClass().getSimpleName() + ": " + e.getMessage(), folder);
    }

    private WriteFailure() {}
}
