package vn.gialai.cds.checks;

import vn.gialai.cds.files.CacheData;
import vn.gialai.cds.files.CheckedFile;
import vn.gialai.cds.files.FileMemo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of output pages (links, ids, language versions, figures) kept between builds by the content hash (files/Hashes) of each page's
 * bytes, so a build after one change parses only the pages whose bytes changed. The file (files/CheckedFile) names its
 * format and the fingerprint of the code that takes facts from a page (these classes and jsoup's) in its first line; a
 * file that does not match in every part (half-written, another version, edited) is ignored and every page is parsed.
 * Written whole, holding only the pages of the last build.
 */
public final class FactsCache {
    static final String FORMAT = "page-facts 4";

    /**
     * The file's body: every distinct link of the pages once (most of a page's links, its menus and footer, are on every
     * page), and each page's facts by the content hash (files/Hashes) of its bytes, its links as places in that table. A tenth of the size
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
     * read whole (files/CheckedFile): at 2,000 articles per language the file is ~50 MB, and holding it (and a copy of
     * its body) beside the facts it holds was the largest single allocation of a rebuild.
     */
    private static Map<String, PageFacts> facts(Path file) {
        Map<String, PageFacts> known = CheckedFile.read(file, FORMAT + " " + CODE, body -> {
            CacheData.In in = new CacheData.In(body);
            PageFacts.Link[] table = in.list(i -> new PageFacts.Link(i.text(), i.text(), i.text(), i.text())).toArray(PageFacts.Link[]::new);
            Map<String, PageFacts> read = new java.util.HashMap<>();
            for (int n = in.size(); n > 0; n--) {
                String hash = in.text();
                String htmlLang = in.text();
                String canonical = in.text();
                Set<String> ids = new java.util.HashSet<>(in.texts());
                PageFacts.Link[] links = new PageFacts.Link[in.size()];
                for (int i = 0; i < links.length; i++) links[i] = table[in.integer()];
                List<PageFacts.Alternate> alternates = in.list(i -> new PageFacts.Alternate(i.text(), i.text()));
                List<PageFacts.FigureFacts> figures = in.list(i -> new PageFacts.FigureFacts(i.text(), i.text(), i.text(), i.text(),
                        i.text(), i.text()));
                read.put(hash, new PageFacts(htmlLang, canonical, ids, List.of(links), alternates, figures));
            }
            return in.atEnd() ? read : null;
        });
        // missing or unreadable: everything parsed, as without a cache
        return known == null ? Map.of() : java.util.Collections.unmodifiableMap(known);
    }

    PageFacts get(String hash) { return known.get(hash); }

    int knownCount() { return known.size(); }

    void put(String hash, PageFacts facts) { used.put(hash, facts); }

    /**
     * Streamed to the file as well (files/CheckedFile). Nothing is written when the file already holds the facts of
     * exactly these pages (facts are a function of a page's bytes).
     */
    void write(Path file) throws IOException {
        if (!worthWriting()) return;
        Stored stored = stored(used);
        CheckedFile.write(file, FORMAT + " " + CODE, body -> {
            CacheData.Out out = new CacheData.Out(body);
            out.list(stored.links(), (o, l) -> {
                o.text(l.tag());
                o.text(l.attribute());
                o.text(l.value());
                o.text(l.description());
            });
            out.list(stored.pages().entrySet(), (o, e) -> {
                StoredPage p = e.getValue();
                o.text(e.getKey());
                o.text(p.htmlLang());
                o.text(p.canonical());
                o.texts(p.ids());
                o.integer(p.links().length);
                for (int place : p.links()) o.integer(place);
                o.list(p.alternates(), (o2, a) -> {
                    o2.text(a.hreflang());
                    o2.text(a.href());
                });
                o.list(p.figures(), (o2, f) -> {
                    o2.text(f.kind());
                    o2.text(f.source());
                    o2.text(f.period());
                    o2.text(f.territory());
                    o2.text(f.confidence());
                    o2.text(f.text());
                });
            });
            out.flush();
        });
        if (memo != null) memo.wrote(file, java.util.Collections.unmodifiableMap(new java.util.HashMap<>(used)));
    }

    /** True when the file is worth writing again (files/CheckedFile#worthWriting; facts are a function of a page's bytes). */
    boolean worthWriting() {
        int added = 0;
        for (String hash : used.keySet()) if (!known.containsKey(hash)) added++;
        int dropped = 0;
        for (String hash : known.keySet()) if (!used.containsKey(hash)) dropped++;
        return CheckedFile.worthWriting(known.size(), added, dropped);
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

    /** The code whose change makes every cached fact stale: how facts are taken, and the HTML parser's version. */
    static final String CODE = fingerprint();

    private static String fingerprint() {
        List<Class<?>> classes = new java.util.ArrayList<>(List.of(PageFacts.class, PageFacts.Link.class, PageFacts.Alternate.class,
                PageFacts.FigureFacts.class, FactsCache.class, vn.gialai.cds.files.CacheData.class, vn.gialai.cds.files.CacheData.In.class,
                vn.gialai.cds.files.CacheData.Out.class));
        classes.addAll(PageScanner.CLASSES);
        return vn.gialai.cds.files.CodeFingerprint.of(classes, List.of(org.jsoup.Jsoup.class), List.of());
    }
}
