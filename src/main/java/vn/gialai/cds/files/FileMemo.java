package vn.gialai.cds.files;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a long-running process (the preview) last read from one cache file or wrote into it, kept in memory and used
 * again while the file on the disk is still that one: the same size, modification time and file key (the inode on
 * Linux). Caches are replaced whole by a rename (files/AtomicFiles), which gives the file a new key, so a file another
 * process wrote meanwhile is read again.
 *
 * <p>Meant for caches whose every entry is checked when it is used (a Markdown body by its file's hash and the answers
 * its links got, a page's facts by its bytes' hash): if another writer's file ever took the place of ours between
 * our rename and our look at it, what is kept would be a valid cache all the same, only a less complete one.
 */
public final class FileMemo<T> {
    private record Held<T>(FileIdentity identity, T value) {}

    private final AtomicReference<Held<T>> held = new AtomicReference<>();

    /** The value kept for this file while it is the file it was taken from; otherwise what reader makes of the file. */
    public T read(Path file, Function<Path, T> reader) {
        FileIdentity before = identity(file);
        Held<T> h = held.get();
        if (before != null && h != null && before.equals(h.identity())) return h.value();
        T value = reader.apply(file);
        // kept only if the file did not change while it was read (else the next build reads it again)
        if (before != null && before.equals(identity(file))) held.set(new Held<>(before, value));
        return value;
    }

    /** After this process wrote the file (or found it already holding value): what the file holds now. */
    public void wrote(Path file, T value) {
        FileIdentity now = identity(file);
        held.set(now == null ? null : new Held<>(now, value));
    }

    private static FileIdentity identity(Path file) { return FileIdentity.of(file); }
}
