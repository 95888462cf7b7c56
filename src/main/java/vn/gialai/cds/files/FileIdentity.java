package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Which file is at a path now, without reading it: its size, modification time and file key (the inode on Linux). Two
 * looks that give the same identity saw the same bytes, unless the file was written twice within one tick of the file
 * system's clock without changing its size: see {@link #settled}.
 */
public record FileIdentity(long size, FileTime modified, String key) {
    /**
     * How long a file must have been left alone before its identity is trusted: a file changed again within the same
     * tick of the file system's clock (a few milliseconds on Linux, two seconds on FAT) keeps its time, and with the
     * same size it would look the same (git's index calls such a file "racily clean").
     */
    public static final long SETTLE_MILLIS = 2_000;

    /** The identity of the regular file at this path (not followed if it is a link); null when there is none. */
    public static FileIdentity of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** The identity a look at a file gave (links not followed: a link has none); null when it is not a regular file. */
    public static FileIdentity of(BasicFileAttributes a) {
        if (a == null || !a.isRegularFile()) return null;
        return new FileIdentity(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
    }

    /** True when the file was last changed long enough before nowMillis for its identity to stand for its bytes. */
    public boolean settled(long nowMillis) {
        return modified.toMillis() <= nowMillis - SETTLE_MILLIS;
    }
}
