package vn.gialai.cds.content;

import vn.gialai.cds.files.CacheData;
import vn.gialai.cds.files.CheckedFile;
import vn.gialai.cds.files.FileIdentity;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last build found in each Markdown file, so that a build reads, decodes, splits and hashes only the files that
 * changed, as git's index does: each file's header (its fields with their lines), where its body starts, and the
 * content hash of its bytes (the Markdown cache's key, content/ContentCache). The body itself is not kept (tens of
 * megabytes at thousands of articles): a file whose body must be rendered again is read again. Every check of a header
 * runs on every build all the same (content/ContentLoader): an unchanged file is checked against the indicators,
 * photos and pages of this build, and its problems are named with their lines as if it had been read.
 *
 * <p>A file is read again when its size, modification time or file key changed (files/FileIdentity), or when it was
 * changed less than {@link FileIdentity#SETTLE_MILLIS} before it was looked at. Only files that were read and split
 * without a problem are kept. A long-running process (the preview) keeps its memo in memory; a build reads it from the
 * cache folder and writes it back when enough changed ({@link #worthWriting}; files/CheckedFile: a file of other
 * code, half-written or edited is not used, and every file is read).
 */
public final class SourceMemo {
    static final String FORMAT = "source-memo 1";

    /** One file as it was found: its identity when looked at, its header, where its body starts, its bytes' content hash. */
    record Known(FileIdentity identity, Header header, int bodyFirstLine, String hash) {}

    /** By the file's path from the project's folder, e.g. content/vi/tin-tuc/a.md. */
    private final Map<String, Known> files;
    /** How many files the memo's file held when read (0: a memo begun afresh). */
    private final int known;
    /** Files kept since (read again: new or changed), and files forgotten (deleted, or changed too recently). */
    private final java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger dropped = new java.util.concurrent.atomic.AtomicInteger();

    public SourceMemo() { this(new ConcurrentHashMap<>()); }

    private SourceMemo(Map<String, Known> files) {
        this.files = files;
        this.known = files.size();
    }

    /**
     * The memo kept in this file; an empty one when the file is missing, unreadable, half-written or of other code
     * (every Markdown file is then read).
     */
    public static SourceMemo read(Path file) {
        Map<String, Known> files = CheckedFile.read(file, FORMAT + " " + CODE, body -> {
            CacheData.In in = new CacheData.In(body);
            Map<String, Known> read = new ConcurrentHashMap<>();
            for (int n = in.size(); n > 0; n--) {
                String rel = in.text();
                FileIdentity identity = new FileIdentity(in.number(), FileTime.from(in.number(), TimeUnit.NANOSECONDS), in.text());
                Header h = new Header();
                for (int fields = in.size(); fields > 0; fields--) h.put(in.text(), in.text(), in.integer());
                read.put(rel, new Known(identity, h, in.integer(), in.text()));
            }
            return in.atEnd() ? read : null;
        });
        return new SourceMemo(files == null ? new ConcurrentHashMap<>() : files);
    }

    /**
     * True when the memo is worth writing to its file again (files/CheckedFile#worthWriting): a build after a few edits
     * leaves the file as it is. What it then says of the edited files no longer matches them (their size, time or file
     * key differ), so the next build reads those few files again, as it reads any file the memo does not know.
     */
    public boolean worthWriting() {
        return CheckedFile.worthWriting(known, added.get(), dropped.get());
    }

    /** Writes the memo, its files in the order of their paths. */
    public void write(Path file) throws IOException {
        TreeMap<String, Known> sorted = new TreeMap<>(files);
        CheckedFile.write(file, FORMAT + " " + CODE, body -> {
            CacheData.Out out = new CacheData.Out(body);
            out.list(sorted.entrySet(), (o, e) -> {
                Known k = e.getValue();
                o.text(e.getKey());
                o.number(k.identity().size());
                o.number(k.identity().modified().to(TimeUnit.NANOSECONDS));
                o.text(k.identity().key());
                o.list(k.header().values().entrySet(), (o2, field) -> {
                    o2.text(field.getKey());
                    o2.text(field.getValue());
                    o2.integer(k.header().line(field.getKey()));
                });
                o.integer(k.bodyFirstLine());
                o.text(k.hash());
            });
            out.flush();
        });
    }

    /** What was found in this file, while it is the file it was (identity: as looked at now); otherwise null. */
    Known find(String rel, FileIdentity identity) {
        Known k = files.get(rel);
        return k != null && identity != null && identity.equals(k.identity()) ? k : null;
    }

    /**
     * Keeps what a file read and split without a problem gave (identity: as looked at before it was read), unless it
     * was changed too recently for its identity to stand for its bytes.
     */
    void keep(String rel, FileIdentity identity, Header header, int bodyFirstLine, String hash, long nowMillis) {
        if (identity == null || !identity.settled(nowMillis)) {
            if (files.remove(rel) != null) dropped.incrementAndGet();
            return;
        }
        files.put(rel, new Known(identity, header, bodyFirstLine, hash));
        added.incrementAndGet();
    }

    /** Forgets the files no longer there. */
    void retainOnly(Collection<String> present) {
        int before = files.size();
        files.keySet().retainAll(present instanceof java.util.Set<?> ? present : java.util.Set.copyOf(present));
        dropped.addAndGet(before - files.size());
    }

    /** How many files are kept (for tests). */
    int size() { return files.size(); }

    /** The code whose change makes the memo stale: how a file is read and split, and this form of it. */
    static final String CODE = vn.gialai.cds.files.CodeFingerprint.of(List.of(SourceMemo.class, Known.class, Header.class,
            HeaderParser.class, vn.gialai.cds.files.SourceText.class, FileIdentity.class, CacheData.class, CacheData.In.class, CacheData.Out.class), List.of(), List.of());
}
