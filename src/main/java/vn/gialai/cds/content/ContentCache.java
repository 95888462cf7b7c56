package vn.gialai.cds.content;

import vn.gialai.cds.files.CacheData;
import vn.gialai.cds.files.CheckedFile;
import vn.gialai.cds.files.FileMemo;
import vn.gialai.cds.vocabulary.Language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What each Markdown body became (its HTML), kept between builds, so a build after one change renders only the files
 * whose bytes changed or whose links now lead somewhere else.
 *
 * <p>An entry is found by the file's path and the content hash (files/Hashes) of its bytes. A body's HTML also depends on other files (the
 * pages, assets and sources its links name), so the entry keeps every question the render asked of
 * {@link MarkdownRenderer.LinkContext} with the answer it got; it is used only when every question gets the same
 * answer now. A body whose render found a problem is never kept, so every problem is found again, as without a cache.
 *
 * <p>The file (files/CheckedFile) names its format and the fingerprint of the code that reads and renders content (these
 * classes, flexmark's and jsoup's versions) in its first line; a file that does not match in every part (half-written,
 * another version, edited) is ignored and every body is rendered. Written whole, holding only the bodies of the last
 * build, when enough changed ({@link #worthWriting}).
 */
public final class ContentCache {
    static final String FORMAT = "content-cache 3";

    /**
     * One body as HTML, with what its render asked: each question ("page:/vi/a/", "asset:assets/x.png",
     * "source:id", "base:", "sources-page:vi") and its answer.
     */
    public record Entry(Body body, Map<String, String> asked) {}

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
        Map<String, Entry> entries = CheckedFile.read(file, FORMAT + " " + CODE, body -> {
            // the bodies stay as bytes: each page's body is made into text only if this build asks for it (content/Body)
            CacheData.In in = new CacheData.In(body);
            Map<String, Entry> read = new java.util.HashMap<>();
            for (int n = in.size(); n > 0; n--) {
                String key = in.text();
                String identity = in.text();
                Map<String, String> asked = new TreeMap<>();
                for (int q = in.size(); q > 0; q--) asked.put(in.text(), in.text());
                long html = in.textPlace();
                if (identity == null || html < 0) return null;
                read.put(key, new Entry(Body.kept(in.bytes(), (int) (html >>> 32), (int) html, identity), asked));
            }
            return in.atEnd() ? read : null;
        });
        return entries == null ? Map.of() : java.util.Collections.unmodifiableMap(entries);
    }

    static String key(String source, String hash) { return source + " " + hash; }

    /** The kept HTML of this file's body when every question its render asked gets the same answer now; else null. */
    Body find(String source, String hash, MarkdownRenderer.LinkContext now) {
        if (!enabled) return null;
        String key = key(source, hash);
        Entry e = known.get(key);
        if (e == null || !sameAnswers(e.asked(), now)) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        used.put(key, e);
        return e.body();
    }

    /** Keeps a body rendered without a problem, with the questions its render asked. */
    void keep(String source, String hash, Body body, Map<String, String> asked) {
        if (enabled) used.put(key(source, hash), new Entry(body, new TreeMap<>(asked)));
    }

    public int hits() { return hits.get(); }

    public int misses() { return misses.get(); }

    /**
     * True when the file is worth writing again (files/CheckedFile#worthWriting): a body rendered (a new file, a changed
     * one, or one whose links now get other answers) or one no longer there counts; a build that rendered only a few
     * leaves the file as it is, and the next build renders them again, in less time than rewriting every body takes.
     */
    public boolean worthWriting() {
        if (!enabled) return false;
        int added = 0;
        for (Map.Entry<String, Entry> e : used.entrySet()) if (!e.getValue().equals(known.get(e.getKey()))) added++;
        int dropped = 0;
        for (String key : known.keySet()) if (!used.containsKey(key)) dropped++;
        return CheckedFile.worthWriting(known.size(), added, dropped);
    }

    /**
     * Writes the bodies of this build as a stream: the first line is written with a blank checksum of fixed width and
     * filled in once the entries are written, so the file's tens of megabytes are never held in memory as bytes.
     */
    public void write(Path file) throws IOException {
        Map<String, Entry> sorted = new TreeMap<>(used);
        CheckedFile.write(file, FORMAT + " " + CODE, body -> {
            CacheData.Out out = new CacheData.Out(body);
            out.list(sorted.entrySet(), (o, e) -> {
                o.text(e.getKey());
                o.text(e.getValue().body().identity());
                o.list(e.getValue().asked().entrySet(), (o2, q) -> {
                    o2.text(q.getKey());
                    o2.text(q.getValue());
                });
                e.getValue().body().writeTo(o);
            });
            out.flush();
        });
        if (memo != null) memo.wrote(file, java.util.Collections.unmodifiableMap(sorted));
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
     * The code whose change makes every kept body stale: how a file is read, split and rendered, which raw HTML
     * passes, and the versions of flexmark and jsoup (their jar names).
     */
    static final String CODE = fingerprint();

    private static String fingerprint() {
        return vn.gialai.cds.files.CodeFingerprint.of(
                java.util.List.of(ContentCache.class, ContentCache.Recorder.class, ContentCache.Entry.class, Body.class, ContentLoader.class,
                        HeaderParser.class, MarkdownRenderer.class, MarkdownRenderer.LinkContext.class, DirectHtml.class, RawHtml.class,
                        vn.gialai.cds.files.SourceText.class, CacheData.class, CacheData.In.class, CacheData.Out.class),
                java.util.List.of(com.vladsch.flexmark.parser.Parser.class, com.vladsch.flexmark.html.HtmlRenderer.class,
                        com.vladsch.flexmark.util.ast.Document.class, com.vladsch.flexmark.util.sequence.BasedSequence.class,
                        com.vladsch.flexmark.util.html.HtmlAppendableBase.class, com.vladsch.flexmark.ext.tables.TablesExtension.class,
                        org.jsoup.Jsoup.class),
                java.util.List.of());
    }
}
