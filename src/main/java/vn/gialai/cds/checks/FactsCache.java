package vn.gialai.cds.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.FileMemo;
import vn.gialai.cds.files.Hashes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of output pages (links, ids, language versions, figures) kept between builds by the SHA-256 of each page's
 * bytes, so a build after one change parses only the pages whose bytes changed. The file starts with one line: its
 * format, the fingerprint of the code that takes facts from a page (these classes and jsoup's), and a checksum of the
 * rest (files/Hashes#checksum: CRC32C and length, which tells a whole file from a torn one at a fraction of SHA-256's
 * cost); a file that does not match in every part (half-written, another version, edited) is ignored and every page is
 * parsed. Written whole through files/AtomicFiles, holding only the pages of the last build.
 */
public final class FactsCache {
    static final String FORMAT = "page-facts 3";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The file's body: every distinct link of the pages once (most of a page's links, its menus and footer, are on every
     * page), and each page's facts by the SHA-256 of its bytes, its links as places in that table. A tenth of the size
     * of the facts written out page by page, and each link is made (and its texts interned) once on reading.
     */
    record Stored(List<PageFacts.Link> links, TreeMap<String, StoredPage> pages) {}

    record StoredPage(String htmlLang, String canonical, Set<String> ids, int[] links, List<PageFacts.Alternate> alternates,
                      List<PageFacts.FigureFacts> figures) {}

    private final Map<String, PageFacts> known;
    private final Map<String, PageFacts> used = new ConcurrentHashMap<>();
    /** Where a long-running process keeps the facts between builds (null: nowhere, the file is read every build). */
    private final FileMemo<Map<String, PageFacts>> memo;

    private FactsCache(Map<String, PageFacts> known, FileMemo<Map<String, PageFacts>> memo) {
        this.known = known;
        this.memo = memo;
    }

    static FactsCache read(Path file) { return new FactsCache(facts(file), null); }

    /**
     * The cache kept in this file, taken from memory while the file is the one this process last read or wrote
     * (files/FileMemo; null: read from the disk). Never fails: an unreadable cache is an empty one.
     */
    public static FactsCache read(Path file, FileMemo<Map<String, PageFacts>> memo) {
        return memo == null ? read(file) : new FactsCache(memo.read(file, FactsCache::facts), memo);
    }

    /**
     * The facts kept in this file; none when it is missing, unreadable, half-written or of other code. Streamed, not
     * read whole: at 2,000 articles per language the file is ~50 MB, and holding it (and a copy of its body) beside the
     * facts it holds was the largest single allocation of a rebuild. The checksum is computed over the bytes as they are
     * parsed, and the facts are used only if it matches the first line.
     */
    private static Map<String, PageFacts> facts(Path file) {
        if (!Files.isRegularFile(file)) return Map.of();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            for (int b = raw.read(); b != '\n'; b = raw.read()) {
                if (b < 0 || first.size() > 1024) return Map.of();
                first.write(b);
            }
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            long[] length = {0};
            InputStream body = new java.util.zip.CheckedInputStream(raw, crc) {
                @Override public int read() throws IOException { int b = super.read(); if (b >= 0) length[0]++; return b; }
                @Override public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) length[0] += n;
                    return n;
                }
            };
            Stored stored = JSON.readValue(new FilterInputStream(body) {
                @Override public void close() { } // the rest is still read below, into the checksum
            }, Stored.class);
            body.transferTo(OutputStream.nullOutputStream());
            if (!first.toString(StandardCharsets.UTF_8).equals(header(Hashes.checksum(crc.getValue(), length[0])))) return Map.of();
            PageFacts.Link[] table = stored.links().toArray(PageFacts.Link[]::new);
            Map<String, PageFacts> known = new java.util.HashMap<>();
            stored.pages().forEach((hash, p) -> {
                PageFacts.Link[] links = new PageFacts.Link[p.links().length];
                for (int i = 0; i < links.length; i++) links[i] = table[p.links()[i]];
                known.put(hash, new PageFacts(p.htmlLang(), p.canonical(), p.ids(), List.of(links), p.alternates(), p.figures()));
            });
            return java.util.Collections.unmodifiableMap(known);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: everything parsed, as without a cache
        }
    }

    PageFacts get(String hash) { return known.get(hash); }

    int knownCount() { return known.size(); }

    void put(String hash, PageFacts facts) { used.put(hash, facts); }

    /**
     * Streamed to the file as well: the body is written after room for the first line, through the checksum, and the
     * first line (of fixed length: see Hashes#checksum) is written into that room last. Nothing is written when the file
     * already holds the facts of exactly these pages (facts are a function of a page's bytes).
     */
    void write(Path file) throws IOException {
        if (used.keySet().equals(known.keySet()) && Files.isRegularFile(file)) return;
        int headLength = (header(Hashes.checksum(0, 0)) + "\n").getBytes(StandardCharsets.UTF_8).length;
        AtomicFiles.write(file, tmp -> {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                channel.position(headLength);
                java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                long[] length = {0};
                OutputStream body = new java.util.zip.CheckedOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), crc) {
                    @Override public void write(int b) throws IOException { super.write(b); length[0]++; }
                    @Override public void write(byte[] b, int off, int len) throws IOException { super.write(b, off, len); length[0] += len; }
                };
                JSON.writeValue(new FilterOutputStream(body) {
                    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
                    @Override public void close() throws IOException { flush(); } // the channel is closed below
                }, stored(used));
                body.flush();
                byte[] head = (header(Hashes.checksum(crc.getValue(), length[0])) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.write(ByteBuffer.wrap(head), 0);
            }
        });
        if (memo != null) memo.wrote(file, java.util.Collections.unmodifiableMap(new java.util.HashMap<>(used)));
    }

    private static Stored stored(Map<String, PageFacts> pages) {
        Map<PageFacts.Link, Integer> places = new java.util.LinkedHashMap<>();
        TreeMap<String, StoredPage> stored = new TreeMap<>();
        for (Map.Entry<String, PageFacts> e : new TreeMap<>(pages).entrySet()) {
            PageFacts f = e.getValue();
            int[] links = new int[f.links().size()];
            for (int i = 0; i < links.length; i++) links[i] = places.computeIfAbsent(f.links().get(i), l -> places.size());
            stored.put(e.getKey(), new StoredPage(f.htmlLang(), f.canonical(), new java.util.TreeSet<>(f.ids()), links, f.alternates(),
                    f.figures()));
        }
        return new Stored(List.copyOf(places.keySet()), stored);
    }

    private static String header(String bodyChecksum) {
        return FORMAT + " " + CODE + " " + bodyChecksum;
    }

    /** The code whose change makes every cached fact stale: how facts are taken, and the HTML parser's version. */
    static final String CODE = fingerprint();

    private static String fingerprint() {
        return vn.gialai.cds.files.CodeFingerprint.of(PageFacts.class, PageFacts.Link.class, PageFacts.Alternate.class,
                PageFacts.FigureFacts.class, FactsCache.class, org.jsoup.Jsoup.class, org.jsoup.parser.HtmlTreeBuilder.class,
                org.jsoup.parser.Parser.class, org.jsoup.select.QueryParser.class);
    }
}
