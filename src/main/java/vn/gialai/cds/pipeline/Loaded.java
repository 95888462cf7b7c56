package vn.gialai.cds.pipeline;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.ContentCache;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.content.SourceMemo;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.indicators.StatusCalculator;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stage 1: everything read and checked (every problem of every file at once), and each indicator's status computed.
 *
 * @param all     every page, drafts and scheduled ones included
 * @param shown   the pages this build shows (visible)
 */
public record Loaded(SiteConfig config, Map<Language, Messages> messages, SiteData data, List<Indicator> indicators,
                     Map<String, Assessment> assessments, List<Page> all, List<Page> shown, Predicate<Page> visible) {

    /** Pages the site cannot do without, in both languages. */
    static final List<String> REQUIRED_KEYS = List.of("home", "notfound", "about");

    static Loaded load(Path project, BuildOptions options, Problems problems) {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> saving = new java.util.ArrayList<>();
        try {
            return load(project, options, problems, BuildMemory.NONE, saving);
        } finally {
            saving.forEach(java.util.concurrent.CompletableFuture::join);
        }
    }

    /**
     * The same, with what memory holds from the last build (pipeline/BuildMemory), and the bodies kept for the next
     * build written on the other core while the build goes on: the caller joins each future in saving before it ends.
     */
    static Loaded load(Path project, BuildOptions options, Problems problems, BuildMemory memory,
                       java.util.List<java.util.concurrent.CompletableFuture<Void>> saving) {
        // the kept bodies are read on the other core while messages, data and indicators load on this one
        Path contentCache = Caches.dir(options.out().toAbsolutePath().normalize(), "content-cache").resolve("content.txt");
        java.util.concurrent.CompletableFuture<ContentCache> cached = memory.contentCache(contentCache);
        Path sourceMemo = Caches.sourceMemo(options.out().toAbsolutePath().normalize(), project);
        java.util.concurrent.CompletableFuture<SourceMemo> remembered = memory.sourceMemo(sourceMemo);
        SiteConfig config = SiteConfig.load(project, options.siteUrl());
        Predicate<Page> visible = options.preview() ? p -> true : p -> p.isPublic(options.now());
        Map<Language, Messages> messages = MessagesLoader.load(project, problems);
        Data loaded = memory.data(project, () -> Data.load(project));
        problems.addAll(loaded.problems());
        SiteData data = loaded.data();
        List<Indicator> indicators = loaded.indicators();
        Map<String, String> indicatorSlugs = new java.util.HashMap<>();
        indicators.forEach(i -> indicatorSlugs.put(i.id(), i.slugVi()));
        ContentCache cache = cached.join(); // never fails: an unreadable cache is an empty one
        SourceMemo sources = remembered.join(); // nor does this: an unreadable memo is an empty one
        List<Page> all = new ContentLoader(config, data, indicatorSlugs, visible).withRefusedIndicators(loaded.refusedIndicators())
                .withMemo(sources).load(problems, cache);
        memory.save("content-cache-write", () -> saveQuietly(cache, contentCache), saving);
        if (!memory.keepsSources()) memory.save("source-memo-write", () -> saveQuietly(sources, sourceMemo), saving);
        checkTemplates(config, problems);
        List<Page> shown = all.stream().filter(visible).toList();
        checkRequired(shown, problems);
        problems.throwIfAny();
        StatusCalculator calculator = new StatusCalculator();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        for (Indicator i : indicators) assessments.put(i.id(), calculator.assess(i));
        return new Loaded(config, messages, data, indicators, assessments, all, shown, visible);
    }

    /** What data/ gives: the site's data and the indicators, with the problems found in them. */
    record Data(SiteData data, List<Indicator> indicators, Map<String, String> refusedIndicators, Problems problems) {
        static Data load(Path project) {
            Problems problems = new Problems();
            SiteData data = DataLoader.load(project, problems);
            Map<String, String> refused = new java.util.TreeMap<>();
            List<Indicator> indicators = IndicatorLoader.load(project, data, problems, refused);
            return new Data(data, indicators, java.util.Collections.unmodifiableMap(refused), problems);
        }
    }

    /**
     * The bodies of this build kept for the next, when enough changed (content/ContentCache#worthWriting). A cache that cannot be written costs the next
     * build time, not this one its pages: the build goes on.
     */
    private static void saveQuietly(ContentCache cache, Path file) {
        if (!cache.worthWriting()) return;
        try {
            cache.write(file);
        } catch (java.io.IOException | RuntimeException e) {
            // the next build renders every body again, as without a cache
        }
    }

    /** The memo of the Markdown files, when enough of it changed (SourceMemo#worthWriting); as quietly as the cache. */
    private static void saveQuietly(SourceMemo memo, Path file) {
        if (!memo.worthWriting()) return;
        try {
            memo.write(file);
        } catch (java.io.IOException | RuntimeException e) {
            // the next build reads every Markdown file again
        }
    }

    /** Every page type has its template; jbake.properties does not try to set them. */
    private static void checkTemplates(SiteConfig config, Problems problems) {
        for (PageType type : PageType.values()) {
            if (!Files.isRegularFile(config.projectDir().resolve("templates").resolve(type.template()))) {
                problems.add("templates/" + type.template(), "is missing: pages of type " + type.id()
                        + " are shown with it. Restore it from git.");
            }
        }
        try {
            vn.gialai.cds.checks.TemplateFigureRule.run(config.projectDir().resolve("templates"), "templates", problems);
        } catch (java.io.IOException e) {
            problems.add("templates", "could not be read: " + e.getMessage() + ". Check the folder's permissions.");
        }
        for (String key : config.templateSettings()) {
            problems.add(SiteConfig.FILE, key + ": the page types and their templates are fixed (templates/<type>.ftl, listed in "
                    + "src/main/java/vn/gialai/cds/vocabulary/PageType.java). Remove this line.");
        }
    }

    private static void checkRequired(List<Page> shown, Problems problems) {
        for (Language lang : Language.values()) {
            Set<String> keys = new HashSet<>();
            for (Page p : shown) if (p.lang() == lang) keys.add(p.translationKey());
            for (String key : REQUIRED_KEYS) {
                if (!keys.contains(key)) {
                    problems.add("content/" + lang.code(), Msg.of("content.required-page", key));
                }
            }
        }
    }
}
