package vn.gialai.cds.content;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.vocabulary.Term;
import vn.gialai.cds.vocabulary.Pillar;
import vn.gialai.cds.vocabulary.Sector;

import vn.gialai.cds.files.FileIdentity;
import vn.gialai.cds.files.SourceText;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.vocabulary.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads content/&lt;lang&gt;/**.md, checks every header against the rules JBake does not enforce, works out each
 * page's address, and renders its Markdown. Collects every problem of every file before stopping.
 */
public final class ContentLoader {
    static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    public static final List<String> REQUIRED = List.of("title", "type", "status", "lang", "translationKey", "date", "summary");
    public static final Set<String> KNOWN = Set.of("title", "type", "status", "lang", "translationKey", "date", "summary",
            "pillar", "sector", "order", "pillars", "sectors", "tags", "indicators", "image", "imageAlt", "imageCredit", "updated");
    public static final int SUMMARY_MAX = 200;
    /** The photo formats a header's image may have (compiled once, not per file). */
    private static final java.util.regex.Pattern PHOTO = java.util.regex.Pattern.compile("(?i).+\\.(jpe?g|png)$");

    private final SiteConfig config;
    private final SiteData data;
    private final Set<String> indicatorIds;
    /** The same, in their order, as the messages list them; with the vocabularies' ids, made once, not for each file. */
    /** The ids a header's indicators= may name: those of the indicators loaded, and of those refused for a problem. */
    private List<String> indicatorList;
    /** Indicators refused for a problem in their file (id to Vietnamese slug, or null): reported there, once. */
    private Map<String, String> refusedIndicators = Map.of();
    private static final List<String> PILLARS = Term.ids(Pillar.class);
    private static final List<String> SECTORS = Term.ids(Sector.class);
    /** Each indicator's Vietnamese slug by its id, for the addresses of the indicator pages links may point at. */
    private final java.util.Map<String, String> indicatorSlugsVi;
    private final java.util.function.Predicate<Page> visible;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * @param indicators the indicators a news article may name as related: each id with its Vietnamese slug
     * @param visible      which pages this build shows (public: published and not scheduled; preview: all), for link checks
     */
    /**
     * Indicators whose file was refused for a problem (indicators/IndicatorLoader#load: id to Vietnamese slug, or null):
     * a header may name them and a body link to their pages without a second problem, since the build stops on the first.
     */
    public ContentLoader withRefusedIndicators(Map<String, String> refused) {
        this.refusedIndicators = refused;
        TreeSet<String> ids = new TreeSet<>(indicatorIds);
        ids.addAll(refused.keySet());
        this.indicatorList = List.copyOf(ids);
        return this;
    }

    public ContentLoader(SiteConfig config, SiteData data, java.util.Map<String, String> indicators, java.util.function.Predicate<Page> visible) {
        this.config = config;
        this.data = data;
        this.indicatorIds = new TreeSet<>(indicators.keySet());
        this.indicatorList = List.copyOf(indicatorIds);
        this.indicatorSlugsVi = indicators;
        this.visible = visible;
    }

    /**
     * A file read and checked, waiting for its body to be rendered; hash is of its bytes (files/Hashes), for the cache. body is null
     * when it was not kept (content/SourceMemo): the file is read again if the body must be rendered.
     */
    record Pending(Page page, String body, int bodyFirstLine, String hash) {}

    /** What one file gave: its problems (in the order a serial load finds them) and the page, or null. */
    private record Outcome<T>(Problems problems, T value) {}

    /** How many files are read and rendered at once: one per core. */
    private int threads = Runtime.getRuntime().availableProcessors();

    /** What a long-running process remembers of each file from the last build; null: every file is read. */
    private SourceMemo memo;

    /**
     * Takes what the last build found in each unchanged file from memo instead of reading it again, and keeps there
     * what this build finds (content/SourceMemo; null: every file read).
     */
    public ContentLoader withMemo(SourceMemo memo) {
        this.memo = memo;
        return this;
    }

    /** Reads and renders on this many threads (1: one after the other); the pages and problems are the same. */
    public ContentLoader withThreads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Loads every page of both languages; drafts are loaded too (the caller decides who sees them). */
    public List<Page> load(Problems problems) {
        return load(problems, ContentCache.none());
    }

    /**
     * Loads every page of both languages, taking each body's HTML from the cache when the file and everything its links
     * name are as they were. Files are read, checked and rendered on {@link #threads} threads; their pages and problems
     * are gathered in the sorted order of the files, so neither depends on which thread was faster.
     */
    public List<Page> load(Problems problems, ContentCache cache) {
        long now = System.currentTimeMillis();
        List<Path> listed = new ArrayList<>();
        Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<java.util.concurrent.Callable<Outcome<Pending>>> reads = new ArrayList<>();
        for (Language lang : Language.values()) {
            Path root = root(lang);
            if (!Files.isDirectory(root)) {
                reads.add(found(p -> p.add("content/" + lang.code(), Msg.of("content.folder-missing"))));
                continue;
            }
            List<Path> files;
            Map<Path, java.nio.file.attribute.BasicFileAttributes> attributes;
            try {
                // each file looked at once (its kind, size, time and file key in one call): the memo's identity comes from it
                attributes = listed(root);
                List<Path> found = new ArrayList<>(attributes.keySet());
                found.sort(null);
                // a link may lead out of the project, or make one file two pages: refused, named, never followed
                for (Path link : found.stream().filter(f -> attributes.get(f).isSymbolicLink()).toList()) {
                    reads.add(found(p -> p.add(config.projectDir().relativize(link).toString().replace('\\', '/'),
                            Msg.of("content.symlink", linkTarget(link)))));
                }
                files = found.stream().filter(f -> attributes.get(f).isRegularFile()).toList();
            } catch (IOException e) {
                reads.add(found(p -> p.add("content/" + lang.code(), Msg.of("content.folder-unreadable", e.getMessage()))));
                continue;
            }
            listed.addAll(files);
            for (Path f : files) {
                reads.add(() -> {
                    Problems own = new Problems();
                    String rel = config.projectDir().relativize(f).toString().replace('\\', '/');
                    if (!f.getFileName().toString().endsWith(".md")) {
                        own.add(rel, Msg.of("content.not-markdown"));
                        return new Outcome<>(own, null);
                    }
                    Pending read = read(lang, root, f, rel, own, now, FileIdentity.of(attributes.get(f)));
                    // refused for its own mistake: links to its address are not a second mistake in every page that has one
                    if (read == null) refused.add(address(lang, root.relativize(f).toString().replace('\\', '/'), null).path());
                    return new Outcome<>(own, read);
                });
            }
        }
        if (memo != null) {
            java.util.Set<String> present = new java.util.HashSet<>();
            for (Path f : listed) present.add(config.projectDir().relativize(f).toString().replace('\\', '/'));
            memo.retainOnly(present);
        }
        List<Pending> pending = new ArrayList<>();
        for (Outcome<Pending> o : inOrder(reads, threads)) {
            problems.addAll(o.problems());
            if (o.value() != null) pending.add(o.value());
        }
        checkUnique(pending, problems);

        MarkdownRenderer.LinkContext ctx = linkContext(pending.stream().map(Pending::page).toList(), refused);
        List<java.util.concurrent.Callable<Outcome<Page>>> renders = new ArrayList<>();
        for (Pending p : pending) renders.add(() -> render(p, ctx, cache));
        List<Page> pages = new ArrayList<>();
        for (Outcome<Page> o : inOrder(renders, threads)) {
            problems.addAll(o.problems());
            if (o.value() != null) pages.add(o.value());
        }
        pages.sort(Comparator.comparing(Page::source));
        return pages;
    }

    /**
     * Every file and link under root (links not followed), with what one look at each gave; folders are left out. An
     * unreadable folder fails the whole listing, as Files.walk does.
     */
    private static Map<Path, java.nio.file.attribute.BasicFileAttributes> listed(Path root) throws IOException {
        Map<Path, java.nio.file.attribute.BasicFileAttributes> found = new HashMap<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                found.put(file, a);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        return found;
    }

    /** Problems found while listing the files, kept in their place among the files' own. */
    private static java.util.concurrent.Callable<Outcome<Pending>> found(java.util.function.Consumer<Problems> add) {
        Problems own = new Problems();
        add.accept(own);
        return () -> new Outcome<>(own, null);
    }

    /** One body as HTML: from the cache when the file and what its links name are unchanged, else rendered (and kept when clean). */
    private Outcome<Page> render(Pending p, MarkdownRenderer.LinkContext ctx, ContentCache cache) {
        Problems own = new Problems();
        Page q = p.page;
        Body body = cache.find(q.source(), p.hash, ctx);
        if (body == null) {
            if (p.body == null) { // remembered without its body: read again
                p = readOne(q.lang(), root(q.lang()), config.projectDir().resolve(q.source()), q.source(), own);
                if (p == null) return new Outcome<>(own, null);
                q = p.page;
            }
            ContentCache.Recorder recorder = new ContentCache.Recorder(ctx);
            body = Body.of(markdown.render(q.source(), p.bodyFirstLine, p.body, q.lang(), recorder, own));
            if (own.isEmpty()) cache.keep(q.source(), p.hash, body, recorder.asked);
        }
        return new Outcome<>(own, q.withBody(body));
    }

    /**
     * The tasks' results in the tasks' order, run on this many threads (the caller waits). A task's unchecked exception
     * is thrown here as it is, as if the tasks had run one after the other.
     */
    static <T> List<T> inOrder(List<java.util.concurrent.Callable<T>> tasks, int threads) {
        List<T> results = new ArrayList<>(tasks.size());
        if (threads <= 1 || tasks.size() < 2) {
            for (java.util.concurrent.Callable<T> t : tasks) results.add(call(t));
            return results;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, tasks.size()), r -> {
                    Thread t = new Thread(r, "content-loader");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<T>> futures = new ArrayList<>(tasks.size());
            for (java.util.concurrent.Callable<T> t : tasks) futures.add(pool.submit(t));
            for (java.util.concurrent.Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while loading content", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What links in Markdown may point at: the pages this build shows, and the pages it makes from data (an
     * indicator's page under the progress page; the news lists under the news page are checked in the output), and
     * the addresses of the files refused in this build for their own mistakes, which are named once, in those files.
     */
    private MarkdownRenderer.LinkContext linkContext(List<Page> all, Set<String> refused) {
        Map<String, Page> byPath = new HashMap<>();
        Map<Language, String> sourcesPage = new HashMap<>();
        java.util.Set<String> generatedPaths = new java.util.HashSet<>();
        java.util.List<String> generatedPrefixes = new ArrayList<>();
        for (Page p : all) {
            if (p.type() == PageType.ABOUT) sourcesPage.put(p.lang(), p.path());
            if (!visible.test(p)) continue;
            byPath.put(p.path(), p);
            if (p.type() == PageType.PROGRESS) {
                for (String id : indicatorIds) generatedPaths.add(Addresses.indicatorPage(p.lang(), p.path(), id, indicatorSlugsVi.get(id)));
                refusedIndicators.forEach((id, slugVi) -> generatedPaths.add(Addresses.indicatorPage(p.lang(), p.path(), id, slugVi)));
            }
            if (p.type() == PageType.NEWS_INDEX) generatedPrefixes.add(p.path());
        }
        return new MarkdownRenderer.LinkContext() {
            public String basePath() { return config.basePath(); }
            public boolean pageExists(String path) {
                return byPath.containsKey(path) || generatedPaths.contains(path) || refused.contains(path)
                        || generatedPrefixes.stream().anyMatch(prefix -> path.startsWith(prefix) && !path.equals(prefix));
            }
            public boolean assetExists(String path) {
                return Files.isRegularFile(config.projectDir().resolve(path)) && !path.contains("..");
            }
            public boolean sourceExists(String id) { return data.hasSource(id); }
            public String sourcesPagePath(Language lang) { return sourcesPage.getOrDefault(lang, lang.urlPrefix()); }
        };
    }

    /**
     * One file read and checked again, against the other pages of the last build: the preview's quick path when a
     * single article is saved. Returns null when the file has problems (added to problems).
     */
    public Page loadOne(Path file, List<Page> others, Problems problems) {
        String rel = config.projectDir().relativize(file).toString().replace('\\', '/');
        Language lang = null;
        for (Language l : Language.values()) if (rel.startsWith("content/" + l.code() + "/")) lang = l;
        if (lang == null || !rel.endsWith(".md")) return null;
        Path root = root(lang);
        Pending p = readOne(lang, root, file, rel, problems);
        if (p == null) return null;
        List<Pending> all = new ArrayList<>();
        for (Page o : others) if (!o.source().equals(rel)) all.add(new Pending(o, "", 0, ""));
        all.add(p);
        int before = problems.size();
        checkUnique(all, problems);
        List<Page> pages = new ArrayList<>(all.stream().map(Pending::page).toList());
        String html = markdown.render(rel, p.bodyFirstLine, p.body, lang, linkContext(pages, Set.of()), problems);
        if (problems.size() > before) return null;
        return p.page.withBody(Body.of(html));
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** The folder of one language's content files. */
    private Path root(Language lang) {
        return config.projectDir().resolve("content").resolve(lang.code());
    }

    /**
     * One file read and checked; its header taken from memo (content/SourceMemo) while the file is unchanged, and checked
     * again all the same.
     */
    private Pending read(Language lang, Path root, Path f, String rel, Problems problems, long now, FileIdentity identity) {
        if (memo == null) return readOne(lang, root, f, rel, problems);
        // identity: as the file was listed, before it is read, so a later change is seen next time
        SourceMemo.Known known = memo.find(rel, identity);
        if (known != null) {
            Page page = checked(lang, root, f, rel, known.header(), problems);
            return page == null ? null : new Pending(page, null, known.bodyFirstLine(), known.hash());
        }
        int before = problems.size();
        Split split = split(f, rel, problems);
        if (split == null) return null;
        if (problems.size() == before) {
            memo.keep(rel, identity, split.parsed().header(), split.parsed().bodyFirstLine(), split.hash(), now);
        }
        return pending(lang, root, f, rel, split, problems);
    }

    /** The most values a list field (tags, pillars, sectors, indicators) may hold: more is a paste gone wrong. */
    public static final int LIST_MAX = 50;

    /** A file read and split into its header and body, with the content hash (files/Hashes) of its bytes. */
    private record Split(HeaderParser.Parsed parsed, String hash) {}

    /** Reads and splits a file; null when it cannot be read or split (the reasons are added to problems). */
    private static Split split(Path f, String rel, Problems problems) {
        String text;
        byte[] bytes;
        try {
            bytes = SourceText.bytes(f);
            text = SourceText.decode(bytes);
        } catch (SourceText.UnreadableFile e) {
            problems.add(rel, e.msg());
            return null;
        }
        HeaderParser.Parsed parsed = HeaderParser.parse(rel, text, problems);
        return parsed == null ? null : new Split(parsed, vn.gialai.cds.files.Hashes.of(bytes));
    }

    private Pending readOne(Language lang, Path root, Path f, String rel, Problems problems) {
        Split split = split(f, rel, problems);
        return split == null ? null : pending(lang, root, f, rel, split, problems);
    }

    private Pending pending(Language lang, Path root, Path f, String rel, Split split, Problems problems) {
        Page page = checked(lang, root, f, rel, split.parsed().header(), problems);
        return page == null ? null : new Pending(page, split.parsed().body(), split.parsed().bodyFirstLine(), split.hash());
    }

    /**
     * A file's header checked against the rules and the site as this build finds it (its indicators, photos), and made
     * into its page (without its body); null when it has problems (added to problems).
     */
    private Page checked(Language lang, Path root, Path f, String rel, Header h, Problems problems) {
        int before = problems.size();

        // a required field misspelt is one mistake: said once, on the misspelt line, not also as a missing field
        Set<String> misspeltRequired = new java.util.HashSet<>();
        for (String key : h.values().keySet()) {
            if (!KNOWN.contains(key)) {
                List<String> known = List.copyOf(new TreeSet<>(KNOWN));
                String meant = vn.gialai.cds.problems.Choices.meant(key, known).orElse(null);
                if (meant != null && REQUIRED.contains(meant) && !h.has(meant) && !(meant.equals("summary") && "draft".equals(h.get("status")))) {
                    misspeltRequired.add(meant);
                    problems.add(rel, h.line(key), Msg.of("header.misspelt-required-field", key, meant));
                } else if (meant != null) {
                    problems.add(rel, h.line(key), Msg.of("header.unknown-field-near", key, meant, String.join(", ", known)));
                } else {
                    problems.add(rel, h.line(key), Msg.of("header.unknown-field", key, String.join(", ", known)));
                }
            }
        }
        for (String key : List.of("tags", "pillars", "sectors", "indicators")) {
            String v = h.get(key);
            long n = v == null ? 0 : java.util.Arrays.stream(v.split(",")).filter(x -> !x.isBlank()).count();
            if (n > LIST_MAX) problems.add(rel, h.line(key), Msg.of("header.too-many", key, n, LIST_MAX));
        }
        boolean draft = "draft".equals(h.get("status"));
        for (String key : REQUIRED) {
            // A new draft may not have its summary yet; it needs one before it is published.
            if (draft && key.equals("summary")) continue;
            if ((!h.has(key) || h.get(key).isEmpty()) && !misspeltRequired.contains(key)) {
                problems.add(rel, h.line(key), Msg.of("header.missing." + key));
            }
        }
        String typeId = h.get("type");
        PageType type = typeId == null ? null : PageType.fromId(typeId).orElse(null);
        if (typeId != null && !typeId.isEmpty() && type == null) {
            problems.add(rel, h.line("type"), Msg.of("header.unknown-type", typeId,
                    String.join(", ", new TreeSet<>(Term.ids(PageType.class)))));
        } else if (type != null && type.generated()) {
            problems.add(rel, h.line("type"), Msg.of("header.generated-type", typeId));
        }
        String status = h.get("status");
        if (status != null && !status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
            problems.add(rel, h.line("status"), Msg.of("header.unknown-status", status));
        }
        String langCode = h.get("lang");
        if (langCode != null && !langCode.isEmpty() && !langCode.equals(lang.code())) {
            problems.add(rel, h.line("lang"), Msg.of("header.wrong-lang", langCode, lang.code()));
        }
        LocalDate date = null;
        String dateText = h.get("date");
        if (dateText != null && !dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText, ISO_DATE);
            } catch (DateTimeParseException e) {
                problems.add(rel, h.line("date"), Msg.of("header.bad-date", dateText));
            }
        }
        String key = h.get("translationKey");
        if (key != null && !key.isEmpty() && !Slugs.isSlug(key)) {
            problems.add(rel, h.line("translationKey"), Msg.of("header.bad-key", key, Slugs.slugify(key)));
        }
        String summary = h.get("summary");
        if (summary != null && summary.length() > SUMMARY_MAX) {
            problems.add(rel, h.line("summary"), Msg.of("header.long-summary", summary.length(), SUMMARY_MAX));
        }
        int order = 0;
        if (h.has("order")) {
            try {
                order = Integer.parseInt(h.get("order"));
            } catch (NumberFormatException e) {
                problems.add(rel, h.line("order"), Msg.of("header.bad-order", h.get("order")));
            }
        }
        checkVocabulary(rel, h, "pillar", PILLARS, type == PageType.PILLAR, problems);
        checkVocabulary(rel, h, "sector", SECTORS, type == PageType.SECTOR, problems);
        checkList(rel, h, "pillars", PILLARS, type == PageType.NEWS, problems);
        checkList(rel, h, "sectors", SECTORS, false, problems);
        checkList(rel, h, "indicators", indicatorList, "data/indicators/", false, problems);
        LocalDate updated = null;
        if (h.has("updated") && !h.get("updated").isEmpty()) {
            try {
                updated = LocalDate.parse(h.get("updated"), ISO_DATE);
                if (date != null && updated.isBefore(date)) {
                    problems.add(rel, h.line("updated"), Msg.of("header.updated-before", updated, date));
                }
            } catch (DateTimeParseException e) {
                problems.add(rel, h.line("updated"), Msg.of("header.bad-updated", h.get("updated")));
            }
        }
        if (h.has("image") && !h.get("image").isEmpty()) {
            String img = h.get("image");
            if (!img.startsWith("/assets/") || img.contains("..") || !Files.isRegularFile(config.projectDir().resolve(img.substring(1)))) {
                problems.add(rel, h.line("image"), Msg.of("header.image-missing", img));
            } else if (!PHOTO.matcher(img).matches()) {
                problems.add(rel, h.line("image"), Msg.of("header.image-format", img));
            }
            if (!h.has("imageAlt") || h.get("imageAlt").isBlank()) {
                problems.add(rel, h.line("image"), Msg.of("header.image-alt"));
            }
        }

        String relInLang = root.relativize(f).toString().replace('\\', '/');
        String[] segments = relInLang.substring(0, relInLang.length() - 3).split("/");
        for (String seg : segments) {
            if (!Slugs.isSlug(seg) && !seg.equals("404")) {
                problems.add(rel, 0, Msg.of("content.bad-path", seg, Slugs.slugify(seg)));
            }
        }
        if (problems.size() > before) return null;

        Address at = address(lang, relInLang, type);
        Map<String, String> fields = new LinkedHashMap<>(h.values());
        return new Page(lang, rel, type, status, key, date, h.get("title"), summary == null ? "" : summary, order, Map.copyOf(fields),
                at.path(), at.output(), "");
    }

    /** A page's address and the file it is written to. */
    private record Address(String path, String output) {}

    /** Where the file at relInLang (under its language's folder) is shown: its folders and name are its address. */
    private static Address address(Language lang, String relInLang, PageType type) {
        String noExt = relInLang.substring(0, relInLang.length() - 3);
        if (type == PageType.ERROR404) {
            String path = lang.urlPrefix() + "404.html";
            return new Address(path, path);
        }
        String path;
        if (noExt.equals("index")) {
            path = lang.urlPrefix();
        } else if (noExt.endsWith("/index")) {
            path = lang.urlPrefix() + noExt.substring(0, noExt.length() - "index".length());
        } else {
            path = lang.urlPrefix() + noExt + "/";
        }
        return new Address(path, path + "index.html");
    }

    private void checkVocabulary(String rel, Header h, String field, List<String> allowed, boolean required, Problems problems) {
        if (h.has(field)) {
            String v = h.get(field);
            if (!allowed.contains(v)) {
                problems.add(rel, h.line(field), Msg.of("header.unknown-value", field, v, String.join(", ", allowed)));
            }
        } else if (required) {
            problems.add(rel, 1, Msg.of("header.needs-value", field, String.join(", ", allowed)));
        }
    }

    /** A comma-separated field whose every value must come from a fixed list. */
    private void checkList(String rel, Header h, String field, List<String> allowed, boolean required, Problems problems) {
        checkList(rel, h, field, allowed, null, required, problems);
    }

    /** The same; listedIn names where the allowed values are listed, for a problem that cannot list them all (problems/Choices). */
    private void checkList(String rel, Header h, String field, List<String> allowed, String listedIn, boolean required, Problems problems) {
        String v = h.get(field);
        if (v == null || v.isBlank()) {
            if (required) {
                problems.add(rel, h.line(field), Msg.of("header.needs-list", field, String.join(", ", allowed)));
            }
            return;
        }
        for (String item : v.split(",")) {
            String s = item.strip();
            if (s.isEmpty()) continue;
            if (!allowed.contains(s)) {
                problems.add(rel, h.line(field), vn.gialai.cds.problems.Choices.unknownListValue(field, s, allowed, listedIn));
            }
        }
    }

    private void checkUnique(List<Pending> pending, Problems problems) {
        Map<String, String> paths = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Pending p : pending) {
            Page page = p.page;
            String other = paths.putIfAbsent(page.path(), page.source());
            if (other != null) {
                problems.add(page.source(), 0, Msg.of("content.same-address", page.path(), other));
            }
            String k = page.lang().code() + ":" + page.translationKey();
            String otherKey = keys.putIfAbsent(k, page.source());
            if (otherKey != null) {
                problems.add(page.source(), 0, Msg.of("content.same-key", page.translationKey(), otherKey));
            }
        }
    }

}
