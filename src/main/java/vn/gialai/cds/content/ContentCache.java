package vn.gialai.cds.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.FileMemo;
import vn.gialai.cds.files.Hashes;
import vn.gialai.cds.vocabulary.Language;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What each Markdown body became (its HTML), kept between builds, so a build after one change renders only the files
 * whose bytes changed or whose links now lead somewhere else.
 *
 * <p>An entry is found by the file's path and the SHA-256 of its bytes. A body's HTML also depends on other files (the
 * pages, assets and sources its links name), so the entry keeps every question the render asked of
 * {@link MarkdownRenderer.LinkContext} with the answer it got; it is used only when every question gets the same
 * answer now. A body whose render found a problem is never kept, so every problem is found again, as without a cache.
 *
 * <p>The file starts with one line: its format, the fingerprint of the code that reads and renders content (these
 * classes, flexmark's and jsoup's versions), and the checksum and length of the rest; a file that does not match in every part
 * (half-written, another version, edited) is ignored and every body is rendered. Written whole through
 * files/AtomicFiles, holding only the bodies of the last build, and only when something changed.
 */
public final class ContentCache {
    static final String FORMAT = "content-cache 1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Entry>> ENTRIES = new TypeReference<>() {};
    /** Leaves the stream open after the entries, so the rest of the file is counted in its checksum. */
    private static final ObjectReader READER = JSON.readerFor(ENTRIES).without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    /** Leaves the file open after the entries, so the first line can be filled in. */
    private static final ObjectWriter WRITER = JSON.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    /**
     * One body as HTML, with what its render asked: each question ("page:/vi/a/", "asset:assets/x.png",
     * "source:id", "base:", "sources-page:vi") and its answer.
     */
    public record Entry(String html, Map<String, String> asked) {}

    private final Map<String, Entry> known;
    private final boolean enabled;
    /** Where a long-running process keeps the entries between builds (null: nowhere, the file is read every build). */
    private final FileMemo<Map<String, Entry>> memo;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private ContentCache(Map<String, Entry> known, boolean enabled, FileMemo<Map<String, Entry>> memo) {
        this.known = known;
        this.enabled = enabled;
        this.memo = memo;
    }

    /** No cache: every body is rendered, nothing is kept (the preview's quick path, tests of the plain load). */
    public static ContentCache none() { return new ContentCache(Map.of(), false, null); }

    /** The cache kept in this file (see {@link #entries}). */
    public static ContentCache read(Path file) { return new ContentCache(entries(file), true, null); }

    /**
     * The same, taken from memory while the file is the one this process last read or wrote (files/FileMemo; null: read
     * from the disk): the preview does not parse the tens of megabytes again after every save.
     */
    public static ContentCache read(Path file, FileMemo<Map<String, Entry>> memo) {
        return memo == null ? read(file) : new ContentCache(memo.read(file, ContentCache::entries), true, memo);
    }

    /**
     * The entries kept in this file; none when it is missing, unreadable, half-written or of other code. Read as a stream
     * (the checksum computed as the entries are parsed, and nothing used unless it matches), so the tens of megabytes of
     * the file are never held as bytes beside the entries.
     */
    static Map<String, Entry> entries(Path file) {
        if (!Files.isRegularFile(file)) return Map.of();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0 || headBytes.size() > 1000) return Map.of();
                headBytes.write(b);
            }
            String head = headBytes.toString(StandardCharsets.UTF_8);
            if (!head.startsWith(FORMAT + " " + CODE + " ")) return Map.of();
            CRC32C crc = new CRC32C();
            long[] length = {0};
            InputStream body = new CheckedInputStream(in, crc) {
                @Override public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) length[0]++;
                    return b;
                }
                @Override public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) length[0] += n;
                    return n;
                }
            };
            TreeMap<String, Entry> entries = READER.readValue(body);
            body.transferTo(OutputStream.nullOutputStream()); // anything after the entries counts too
            if (!head.equals(header(crc.getValue(), length[0]))) return Map.of();
            return java.util.Collections.unmodifiableMap(entries);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: every body rendered, as without a cache
        }
    }

    static String key(String source, String sha256) { return source + " " + sha256; }

    /** The kept HTML of this file's body when every question its render asked gets the same answer now; else null. */
    String find(String source, String sha256, MarkdownRenderer.LinkContext now) {
        if (!enabled) return null;
        String key = key(source, sha256);
        Entry e = known.get(key);
        if (e == null || !sameAnswers(e.asked(), now)) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        used.put(key, e);
        return e.html();
    }

    /** Keeps a body rendered without a problem, with the questions its render asked. */
    void keep(String source, String sha256, String html, Map<String, String> asked) {
        if (enabled) used.put(key(source, sha256), new Entry(html, new TreeMap<>(asked)));
    }

    public int hits() { return hits.get(); }

    public int misses() { return misses.get(); }

    /**
     * True when the file on disk no longer says what this build found: a body rendered (a new file, a changed one, or
     * one whose links now get other answers), or one no longer there.
     */
    public boolean changed() { return enabled && !used.equals(known); }

    /**
     * Writes the bodies of this build as a stream: the first line is written with a blank checksum of fixed width and
     * filled in once the entries are written, so the file's tens of megabytes are never held in memory as bytes.
     */
    public void write(Path file) throws IOException {
        Map<String, Entry> sorted = new TreeMap<>(used);
        AtomicFiles.write(file, tmp -> {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                byte[] blank = (header(0, 0) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.write(ByteBuffer.wrap(blank));
                CRC32C crc = new CRC32C();
                CountingCheckedStream body = new CountingCheckedStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), crc);
                WRITER.writeValue(body, sorted);
                body.flush();
                byte[] head = (header(crc.getValue(), body.count) + "\n").getBytes(StandardCharsets.UTF_8);
                if (head.length != blank.length) throw new IOException("the first line changed its width");
                ByteBuffer h = ByteBuffer.wrap(head);
                for (long at = 0; h.hasRemaining(); ) at += channel.write(h, at);
            }
        });
        if (memo != null) memo.wrote(file, java.util.Collections.unmodifiableMap(sorted));
    }

    /** An output stream that adds what passes to a checksum and counts it. */
    private static final class CountingCheckedStream extends CheckedOutputStream {
        long count;

        CountingCheckedStream(OutputStream out, CRC32C crc) { super(out, crc); }

        @Override public void write(int b) throws IOException {
            super.write(b);
            count++;
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count += len;
        }
    }

    private static boolean sameAnswers(Map<String, String> asked, MarkdownRenderer.LinkContext now) {
        if (asked == null) return false;
        for (Map.Entry<String, String> q : asked.entrySet()) {
            String answer = answer(q.getKey(), now);
            if (answer == null || !answer.equals(q.getValue())) return false;
        }
        return true;
    }

    /** The answer the site gives now to a question a render asked; null for a question this code does not ask. */
    private static String answer(String question, MarkdownRenderer.LinkContext ctx) {
        int colon = question.indexOf(':');
        if (colon < 0) return null;
        String arg = question.substring(colon + 1);
        return switch (question.substring(0, colon)) {
            case "base" -> ctx.basePath();
            case "page" -> String.valueOf(ctx.pageExists(arg));
            case "asset" -> String.valueOf(ctx.assetExists(arg));
            case "source" -> String.valueOf(ctx.sourceExists(arg));
            case "sources-page" -> Language.fromCode(arg).map(ctx::sourcesPagePath).orElse(null);
            default -> null;
        };
    }

    /** The site as a render sees it, noting each question asked and its answer. One per render: not shared. */
    static final class Recorder implements MarkdownRenderer.LinkContext {
        private final MarkdownRenderer.LinkContext site;
        final Map<String, String> asked = new LinkedHashMap<>();

        Recorder(MarkdownRenderer.LinkContext site) { this.site = site; }

        public String basePath() { return note("base:", site.basePath()); }
        public boolean pageExists(String path) { return Boolean.parseBoolean(note("page:" + path, String.valueOf(site.pageExists(path)))); }
        public boolean assetExists(String path) { return Boolean.parseBoolean(note("asset:" + path, String.valueOf(site.assetExists(path)))); }
        public boolean sourceExists(String id) { return Boolean.parseBoolean(note("source:" + id, String.valueOf(site.sourceExists(id)))); }
        public String sourcesPagePath(Language lang) { return note("sources-page:" + lang.code(), site.sourcesPagePath(lang)); }

        private String note(String question, String answer) {
            asked.put(question, answer);
            return answer;
        }
    }

    /**
     * The first line. The rest's checksum is a CRC-32C, not the build's SHA-256: it only has to notice a torn or damaged
     * file, and the JVM computes it with the processor's instruction: for the 23 MB kept at 2,000 articles per language,
     * 5 ms of CPU against 250 ms for SHA-256 (measured: one digest of the file in a JVM started as ./site starts it,
     * -XX:TieredStopAtLevel=1, where SHA-256 runs as plain Java code).
     */
    /** The first line; of the same width whatever the checksum and length, so it can be written first and filled in last. */
    private static String header(long crc32c, long length) {
        return FORMAT + " " + CODE + String.format(java.util.Locale.ROOT, " crc32c:%08x length:%012d", crc32c, length);
    }

    /**
     * The code whose change makes every kept body stale: how a file is read, split and rendered, which raw HTML
     * passes, and the versions of flexmark and jsoup (their jar names).
     */
    static final String CODE = fingerprint();

    private static String fingerprint() {
        return vn.gialai.cds.files.CodeFingerprint.of(
                java.util.List.of(ContentCache.class, ContentCache.Recorder.class, ContentCache.Entry.class, ContentLoader.class,
                        HeaderParser.class, MarkdownRenderer.class, MarkdownRenderer.LinkContext.class, RawHtml.class,
                        vn.gialai.cds.files.SourceText.class),
                java.util.List.of(com.vladsch.flexmark.parser.Parser.class, com.vladsch.flexmark.html.HtmlRenderer.class,
                        com.vladsch.flexmark.util.ast.Document.class, com.vladsch.flexmark.util.sequence.BasedSequence.class,
                        com.vladsch.flexmark.util.html.HtmlAppendableBase.class, com.vladsch.flexmark.ext.tables.TablesExtension.class,
                        org.jsoup.Jsoup.class),
                java.util.List.of());
    }
}
