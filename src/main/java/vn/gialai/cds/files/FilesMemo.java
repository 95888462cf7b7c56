package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a long-running process (the preview) last made from every file under one folder, used again while that folder
 * holds the same files with the same identities (files/FileIdentity: size, time, inode), none of them changed in the
 * last {@link FileIdentity#SETTLE_MILLIS}. A file added, removed, renamed or saved makes it read everything again.
 */
public final class FilesMemo<T> {
    private record Held<T>(Map<String, FileIdentity> files, T value) {}

    private final AtomicReference<Held<T>> held = new AtomicReference<>();

    /**
     * The value made last time from the files under folder while they are the same files; otherwise what reader makes
     * now, kept for next time when keep says so (a result with problems is not kept: the build says them again) and no
     * file changed while it was read.
     */
    public T read(Path folder, Supplier<T> reader, Predicate<T> keep) {
        Map<String, FileIdentity> before = identities(folder);
        Held<T> h = held.get();
        if (before != null && h != null && before.equals(h.files())) return h.value();
        T value = reader.get();
        long now = System.currentTimeMillis();
        boolean settled = before != null && before.values().stream().allMatch(id -> id.settled(now));
        held.set(settled && keep.test(value) && before.equals(identities(folder)) ? new Held<>(before, value) : null);
        return value;
    }

    /** Every regular file under folder by its path, with its identity; null when the folder cannot be listed. */
    private static Map<String, FileIdentity> identities(Path folder) {
        if (!Files.isDirectory(folder)) return Map.of();
        Map<String, FileIdentity> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> all = s.sorted().toList();
            for (Path p : all) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                FileIdentity id = FileIdentity.of(p);
                if (id == null) return null; // a link or something else: not remembered
                out.put(folder.relativize(p).toString(), id);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return out;
    }
}
