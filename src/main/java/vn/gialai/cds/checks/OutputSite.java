package vn.gialai.cds.checks;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import vn.gialai.cds.problems.Problems;

/**
 * A built site as the checks see it: every HTML page parsed once, and the rule that maps an address
 * printed in a page (root-relative with the base path, or absolute on the site's own origin) to a file.
 */
public final class OutputSite {
    private final Path root;
    private final String siteUrl;
    private final String basePath;
    private final Map<String, Document> pages = new LinkedHashMap<>();
    private final Map<String, PageFacts> facts = new LinkedHashMap<>();

    public OutputSite(Path root, String siteUrl) throws IOException {
        this(root, siteUrl, true);
    }

    /**
     * @param keepDocuments false for the build: only each page's facts are kept (thousands of parsed trees would take
     *                      most of the memory), and pages are parsed on both cores
     */
    public OutputSite(Path root, String siteUrl, boolean keepDocuments) throws IOException {
        this(root, siteUrl, keepDocuments, null);
    }

    /**
     * @param factsCache where the facts of pages parsed before are kept by the hash of their bytes (checks/FactsCache),
     *                   or null: a page whose bytes were seen before is not parsed again, its facts are taken from there.
     *                   Every check still runs over every page's facts, so the verdicts are those of a parse of all.
     */
    public OutputSite(Path root, String siteUrl, boolean keepDocuments, Path factsCache) throws IOException {
        this(root, siteUrl, keepDocuments, factsCache, Map.of());
    }

    /**
     * @param knownHashes the content hash (files/Hashes) of pages whose bytes the caller knows (pages taken unchanged from the last site,
     *                    pages the HTML checker has read; by their path in the output): with a facts cache, such a page
     *                    is not read at all when the cache knows its facts, and its bytes are not hashed again otherwise
     */
    public OutputSite(Path root, String siteUrl, boolean keepDocuments, Path factsCache, Map<String, String> knownHashes) throws IOException {
        this(vn.gialai.cds.files.BuiltFiles.of(root), siteUrl, keepDocuments,
                factsCache == null || keepDocuments ? null : FactsCache.read(factsCache), knownHashes, false);
    }

    /**
     * The build's: a site whose files are partly kept from the last one (files/BuiltFiles), with the facts cache already
     * read (FactsCache#read; null: none), only each page's facts kept.
     */
    public OutputSite(vn.gialai.cds.files.BuiltFiles built, String siteUrl, FactsCache cache, Map<String, String> knownHashes)
            throws IOException {
        this(built, siteUrl, false, cache, knownHashes, false);
    }

    /**
     * The build's after a change, when only some pages need their checks run again (pipeline/CheckScope): the facts of
     * the pages this build wrote (those not kept from the last site) read from their files; any other page's facts, should a check ask for them (the target of a
     * #fragment, such as the about page's list of sources that articles cite), read from its file then: a few pages,
     * where the facts cache holds thousands. Every other page's hash is the caller's (knownHashes). No facts are saved
     * for the next build.
     */
    public static OutputSite changedPages(vn.gialai.cds.files.BuiltFiles built, String siteUrl, Map<String, String> knownHashes)
            throws IOException {
        return new OutputSite(built, siteUrl, false, null, knownHashes, true);
    }

    private OutputSite(vn.gialai.cds.files.BuiltFiles built, String siteUrl, boolean keepDocuments, FactsCache cache,
                       Map<String, String> knownHashes, boolean writtenOnly) throws IOException {
        this.root = built.staging();
        this.built = built;
        this.siteUrl = siteUrl;
        this.basePath = URI.create(siteUrl).getPath();
        this.files.addAll(built.unsorted());
        this.knownHashes = writtenOnly ? knownHashes : Map.of();
        this.partial = writtenOnly;
        // only the pages sorted (their facts are kept in order), not every file of the site
        List<String> files = new java.util.ArrayList<>();
        for (String f : this.files) if (f.endsWith(".html")) files.add(f);
        files.sort(null);
        this.pageList = java.util.Collections.unmodifiableList(files);
        List<String> toRead = writtenOnly ? files.stream().filter(f -> !built.kept().contains(f)).toList() : files;
        Map<String, PageFacts> parsed = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Document> docs = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            toRead.parallelStream().forEach(page -> {
                try {
                    Path p = built.file(page);
                    if (cache != null || writtenOnly) {
                        String hash = knownHashes.get(page);
                        PageFacts known = hash == null || cache == null ? null : cache.get(hash);
                        if (known == null) {
                            byte[] bytes = Files.readAllBytes(p);
                            if (hash == null) hash = vn.gialai.cds.files.Hashes.of(bytes);
                            if (cache != null) known = cache.get(hash);
                            if (known == null) known = PageScanner.scan(bytes);
                        }
                        if (cache != null) cache.put(hash, known);
                        hashes.put(page, hash);
                        parsed.put(page, known);
                        return;
                    }
                    if (!keepDocuments) {
                        parsed.put(page, PageScanner.scan(Files.readAllBytes(p)));
                        return;
                    }
                    Document d = Jsoup.parse(p.toFile(), "UTF-8");
                    parsed.put(page, PageFacts.of(d));
                    docs.put(page, d);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (String p : toRead) {
            facts.put(p, parsed.get(p));
            if (keepDocuments) pages.put(p, docs.get(p));
        }
        this.factsCache = cache;
    }

    private final vn.gialai.cds.files.BuiltFiles built;
    /** Every page of the site (its HTML files), sorted; facts() may hold only some of them (changedPages). */
    private final List<String> pageList;
    private final Map<String, String> knownHashes;
    /** True when facts() holds only the changed pages' facts (changedPages). */
    private final boolean partial;
    private final Map<String, PageFacts> lookedUp = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every page of the site by its path in the output, sorted, whether or not its checks ran. */
    public List<String> pageList() { return pageList; }

    /**
     * The facts of any page of the site (null for a file that is not a page): those read for the checks, else (after a
     * change, changedPages) read from the page's file when first asked for.
     */
    public PageFacts factsOf(String page) {
        PageFacts f = facts.get(page);
        if (f != null || !partial || !page.endsWith(".html") || !files.contains(page)) return f;
        return lookedUp.computeIfAbsent(page, this::lookUp);
    }

    /** How many pages' facts were asked for beyond those read for the checks (changedPages). */
    public int lookedUp() { return lookedUp.size(); }

    private PageFacts lookUp(String page) {
        try {
            Path p = built.file(page);
            return PageScanner.scan(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What the checks resolve addresses against, as one digest: the paths of all the files, in any order (the sum and the
     * exclusive-or of the halves of each path's content hash, and their count). Equal for two builds means an address leads to a file
     * in one exactly when it does in the other.
     */
    public static String filesDigest(java.util.Collection<String> paths) {
        long sum = 0, xor = 0;
        for (String path : paths) {
            byte[] d = vn.gialai.cds.files.Hashes.bytesOf(path.getBytes(StandardCharsets.UTF_8));
            long a = java.nio.ByteBuffer.wrap(d, 0, 8).getLong(), b = java.nio.ByteBuffer.wrap(d, 8, 8).getLong();
            sum += a;
            xor ^= b;
        }
        return paths.size() + "-" + Long.toHexString(sum) + "-" + Long.toHexString(xor);
    }

    /** The digest of the files the checks resolve addresses against (filesDigest). */
    public String filesDigest() { return filesDigest(files); }

    private FactsCache factsCache;
    /** Every file of the site, by its path in the output: what an address may lead to. */
    private final java.util.Set<String> files = new java.util.HashSet<>();
    private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The content hash (files/Hashes) of a page's bytes (its path in the output), when read with a facts cache; otherwise null. */
    public String hash(String page) {
        String h = hashes.get(page);
        return h != null ? h : knownHashes.get(page);
    }

    /** Keeps the facts of this site's pages (and only those) for the next build; nothing when built without a cache. */
    public void saveFacts(Path factsCache) throws IOException {
        if (this.factsCache != null) this.factsCache.write(factsCache);
    }

    /** One check of one page: what it finds goes into the Problems it is given. */
    @FunctionalInterface
    public interface PageCheck {
        void check(String page, PageFacts facts, Problems found);
    }

    /**
     * Runs a check over every page's facts on both cores; what it finds is added to problems in the pages' order, so the
     * report is the same as a check of one page after the other.
     */
    public void checkEachPage(PageCheck check, Problems problems) {
        List<Map.Entry<String, PageFacts>> all = new java.util.ArrayList<>(facts.entrySet());
        List<Problems> found = all.parallelStream().map(e -> {
            Problems one = new Problems();
            check.check(e.getKey(), e.getValue(), one);
            return one.isEmpty() ? null : one;
        }).toList();
        for (Problems one : found) if (one != null) problems.addAll(one);
    }

    /** Each page's facts by its path in the output, sorted. */
    public Map<String, PageFacts> facts() { return facts; }

    public Path root() { return root; }
    public String basePath() { return basePath; }
    public String siteUrl() { return siteUrl; }
    /** Pages by their path in the output ("linh-vuc/index.html"), sorted. */
    public Map<String, Document> pages() { return pages; }

    public String rel(Path p) { return root.relativize(p).toString().replace('\\', '/'); }

    /** True when the address belongs to this site (and so must resolve to a file here). */
    public boolean isInternal(String href) {
        return href.startsWith(siteUrl) || (href.startsWith("/") && !href.startsWith("//"));
    }

    /**
     * The output file an internal address leads to ("linh-vuc/index.html"), or empty when none does.
     * Addresses outside the base path lead nowhere: on the real host they would be another site.
     */
    public Optional<String> resolve(String href) {
        // most links are on every page (menus, footer, lists): each distinct address is resolved once
        Optional<String> known = resolved.get(href); // looked up first: no function object made for the hundreds of thousands of hits
        return known != null ? known : resolved.computeIfAbsent(href, this::resolveOnce);
    }

    private final Map<String, Optional<String>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<String> resolveOnce(String href) {
        String path = href.startsWith(siteUrl) ? basePath + href.substring(siteUrl.length()) : href;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) path = path.substring(0, cut);
        if (!path.startsWith(basePath)) return Optional.empty();
        String rel = URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8);
        if (rel.contains("..")) return Optional.empty();
        if (rel.isEmpty() || rel.endsWith("/")) rel = rel + "index.html";
        if (files.contains(rel)) return Optional.of(rel);
        return Optional.empty();
    }

    public static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash >= 0 ? href.substring(hash + 1) : "";
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
