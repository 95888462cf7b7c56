package vn.gialai.cds.content;

import vn.gialai.cds.files.FileIdentity;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build found in each Markdown file, kept in memory by a long-running process (the preview) so that a
 * rebuild after one save reads, decodes and hashes only the files that changed, as git's index does: the file's
 * header, checked and made into its page, where its body starts, and the SHA-256 of its bytes (the Markdown cache's key,
 * content/ContentCache). The body itself is not kept (tens of megabytes at thousands of articles): a file whose body must
 * be rendered again is read again.
 *
 * <p>A file is read again when its size, modification time or file key changed (files/FileIdentity); when it was changed
 * less than {@link FileIdentity#SETTLE_MILLIS} before it was looked at; when what its checks depend on changed (the
 * project's folder, the indicators a news article may name). Only files without problems are kept, and not those with
 * a photo (the photo's file is checked every build: it may be gone).
 */
public final class SourceMemo {
    private record Known(FileIdentity identity, ContentLoader.Pending found) {}

    private final Map<Path, Known> files = new ConcurrentHashMap<>();
    private String context = "";

    /** Forgets every file when what their checks depend on is not what it was in the last build. */
    synchronized void checkedAgainst(String context) {
        if (!context.equals(this.context)) {
            files.clear();
            this.context = context;
        }
    }

    /** What was found in this file, while it is the file it was (identity: as looked at now); otherwise null. */
    ContentLoader.Pending find(Path file, FileIdentity identity) {
        Known k = files.get(file);
        return k != null && identity != null && identity.equals(k.identity()) ? k.found() : null;
    }

    /** Keeps what a file without problems gave, its body left out; identity as looked at before it was read. */
    void keep(Path file, FileIdentity identity, ContentLoader.Pending found, long nowMillis) {
        if (identity == null || !identity.settled(nowMillis) || found.page().fields().containsKey("image")) {
            files.remove(file);
            return;
        }
        files.put(file, new Known(identity, found.withoutBody()));
    }

    /** Forgets the files no longer there. */
    void retainOnly(Collection<Path> present) {
        files.keySet().retainAll(present instanceof java.util.Set<?> ? present : java.util.Set.copyOf(present));
    }

    /** How many files are kept (for tests). */
    int size() { return files.size(); }
}
