package vn.gialai.cds.pipeline;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.vocabulary.SiteTime;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.jbake.Bakery;
import vn.gialai.cds.jbake.Logging;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.outputs.Assets;
import vn.gialai.cds.outputs.Feeds;
import vn.gialai.cds.outputs.Sitemap;
import vn.gialai.cds.publish.HostHeaders;
import vn.gialai.cds.publish.Publisher;

import freemarker.template.Configuration;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.checks.LanguageCheck;
import vn.gialai.cds.checks.LinkCheck;
import vn.gialai.cds.checks.OutputSite;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.outputs.DataExport;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.indicators.StatusCalculator;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.news.NewsPages;
import vn.gialai.cds.news.Newsroom;
import vn.gialai.cds.views.IndicatorViewFactory;
import vn.gialai.cds.views.NewsViewFactory;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.views.Urls;
import vn.gialai.cds.views.PageViewFactory;
import vn.gialai.cds.pages.PageContext;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.outputs.SearchIndexes;
import vn.gialai.cds.views.SocialFactory;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.sharing.Cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole build, in stages: load and validate everything (all problems at once), compute the views,
 * let JBake render each language into a staging folder, check the output, and only then publish it.
 */
public final class SiteBuilder {
    /** Pages the site cannot do without, in both languages. */
    static final List<String> REQUIRED_KEYS = List.of("home", "notfound", "about");

    static {
        Logging.quiet();
    }

    public BuildResult build(BuildOptions options) {
        // JBake and its database format with the JVM's defaults (OrientDB does not even open under some locales):
        // the site is built under fixed ones, whatever the machine's, and the caller's are given back after.
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(SiteTime.ZONE));
        try {
            return buildUnderFixedDefaults(options);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    private BuildResult buildUnderFixedDefaults(BuildOptions options) {
        long start = System.nanoTime();
        Path project = options.projectDir().toAbsolutePath().normalize();
        SiteConfig config = SiteConfig.load(project, options.siteUrl());
        Problems problems = new Problems();
        Predicate<Page> visible = options.preview() ? p -> true : p -> p.isPublic(options.now());

        StringBuilder stages = new StringBuilder("stages:");
        long[] lap = {System.nanoTime()};
        java.util.function.Consumer<String> mark = name -> {
            long now = System.nanoTime();
            stages.append(' ').append(name).append(' ').append((now - lap[0]) / 1_000_000).append(" ms,");
            lap[0] = now;
        };

        // 1. Load and validate
        Map<Language, Messages> messages = MessagesLoader.load(project, problems);
        SiteData data = DataLoader.load(project, problems);
        List<Indicator> indicators = IndicatorLoader.load(project, data, problems);
        Set<String> indicatorIds = new HashSet<>();
        indicators.forEach(i -> indicatorIds.add(i.id()));
        List<Page> all = new ContentLoader(config, data, indicatorIds, visible).load(problems);
        checkTemplates(config, problems);
        List<Page> shown = all.stream().filter(visible).toList();
        checkRequired(shown, problems);
        problems.throwIfAny();
        mark.accept("load");

        // 2. Compute: statuses, the newsroom, the pages made from data, every view
        SiteIndex contentIndex = new SiteIndex(shown);
        StatusCalculator calculator = new StatusCalculator();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        Map<String, Indicator> indicatorsById = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            assessments.put(i.id(), calculator.assess(i));
            indicatorsById.put(i.id(), i);
        }
        Composition composition = compose(config, messages, indicators, shown);
        Newsroom newsroom = composition.newsroom();
        NewsPages newsPages = composition.newsPages();
        Map<Language, List<Page>> generated = composition.generated();
        List<Page> sitePages = composition.sitePages();
        SiteIndex index = composition.index();
        Urls urls = new Urls(config.siteUrl(), config.basePath());

        Map<String, Page> pagesByFile = new HashMap<>();
        Map<String, String> sourceOfOutput = new HashMap<>();
        for (Page p : all) {
            pagesByFile.put(project.resolve(p.source()).toString(), p);
            if (visible.test(p)) sourceOfOutput.put(p.outputFile(), p.source());
        }
        Map<Language, List<String>> generatedKeys = new EnumMap<>(Language.class);
        for (Map.Entry<Language, List<Page>> e : generated.entrySet()) {
            List<String> keys = new ArrayList<>();
            for (Page p : e.getValue()) {
                String key = "generated:" + p.path();
                pagesByFile.put(key, p);
                keys.add(key);
                sourceOfOutput.put(p.outputFile(), p.source());
            }
            generatedKeys.put(e.getKey(), keys);
        }

        Path out = options.out().toAbsolutePath().normalize();
        Path staging = Publisher.stagingFor(out);
        try {
            Publisher.deleteTree(staging);
            Files.createDirectories(staging);
            Assets assets = new Assets(project);
            String stylesheet = assets.writeStylesheet(staging);
            Map<String, String> scripts = assets.writeScripts(staging);
            assets.copyOthers(staging);
            Map<String, List<NewsImages.Variant>> images = resizeImages(project, out, staging, shown, problems);

            // 3. Render: one JBake bake per language
            Configuration freemarker = SiteTemplateEngine.freemarker(project.resolve("templates").toFile());
            PageModels models = models(config, composition, data, messages, urls, stylesheet, scripts, images, indicators, assessments, options.now());
            Map<String, CardSpec> cards = new java.util.TreeMap<>();
            for (Page p : sitePages) if (p.type().addressable()) cards.put(SocialFactory.cardPath(p), models.card(p));
            // JBake renders on one thread: the cards are drawn on the other core meanwhile.
            java.util.concurrent.ExecutorService side = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.Future<long[]> cardsDone = side.submit(() -> {
                long t = System.nanoTime();
                // in parallel: while JBake renders, the two threads share the second core; after, they have both
                int n = new Cards(cacheDir(out, "card-cache")).write(staging, cards, true);
                return new long[]{n, (System.nanoTime() - t) / 1_000_000};
            });
            side.shutdown();
            mark.accept("compute");
            Bakery bakery = new Bakery(config, freemarker, models, messages);
            int written = 0;
            Predicate<Page> baked = p -> visible.test(p) || p.type().generated();
            for (Language lang : Language.values()) {
                written += bakery.bake(lang, staging, pagesByFile, generatedKeys.getOrDefault(lang, List.of()), baked, problems);
            }
            mark.accept("render (JBake)");
            long[] cardResult = awaitCards(cardsDone);
            mark.accept("wait for cards");
            int drawn = (int) cardResult[0];
            long cardsMillis = cardResult[1];
            problems.throwIfAny();
            Feeds.write(staging, newsroom, contentIndex, newsPages, urls, messages, config);
            SearchIndexes.write(staging, sitePages, contentIndex, urls, messages, models::searchText);
            DataExport.write(staging, indicators, assessments, data);
            Sitemap.write(staging, sitePages, urls);

            mark.accept("feeds, data, search, sitemap");
            // 4. Check the output as a visitor would meet it
            OutputSite site = new OutputSite(staging, config.siteUrl(), false);
            LinkCheck.run(site, sourceOfOutput, problems);
            LanguageCheck.run(site, sourceOfOutput, problems);
            mark.accept("links and languages");
            long htmlStart = System.nanoTime();
            int htmlChecked = new vn.gialai.cds.checks.HtmlValidity(cacheDir(out, "html-cache").resolve("valid.txt"))
                    .run(site, sourceOfOutput, problems);
            long htmlMillis = (System.nanoTime() - htmlStart) / 1_000_000;
            mark.accept("HTML check");
            problems.throwIfAny();

            // 5. Publish, with the host configuration beside it (deploy/nginx.conf) and in it (_headers)
            Files.writeString(staging.resolve("_headers"), HostHeaders.headersFile(), java.nio.charset.StandardCharsets.UTF_8);
            Path deploy = out.resolveSibling("deploy");
            Files.createDirectories(deploy);
            Files.writeString(deploy.resolve("nginx.conf"), HostHeaders.nginxServer(java.net.URI.create(config.siteUrl()).getHost(), 80,
                    out.toString()), java.nio.charset.StandardCharsets.UTF_8);
            Publisher.publish(staging, out);
            mark.accept("publish");
            List<String> notes = new ArrayList<>();
            notes.add(stages.substring(0, stages.length() - 1));
            notes.add("share cards: " + cards.size() + " (" + drawn + " drawn, " + (cards.size() - drawn) + " unchanged) in " + cardsMillis + " ms");
            notes.add("HTML checked with the Nu HTML Checker: " + htmlChecked + " page(s) (" + (site.facts().size() - htmlChecked)
                    + " unchanged and known valid) in " + htmlMillis + " ms");
            contentIndex.untranslated().forEach((file, missing) -> notes.add("page without translation: " + file + " (no " + missing + " version)"));
            if (config.get("site.contact.email") == null || config.get("site.contact.email").isBlank()) {
                notes.add("site.contact.email in jbake.properties is empty: the footer shows no address for reporting errors. Set it before publishing.");
            }
            for (Page p : all) {
                if (!options.preview() && p.isScheduled(options.now())) {
                    notes.add("scheduled, not yet published: " + p.source() + " (dated " + p.date() + ")");
                }
            }
            State state = new State(config, messages, data, indicators, assessments, all, visible, options, stylesheet, scripts, images, freemarker);
            return new BuildResult(written, notes, (System.nanoTime() - start) / 1_000_000, state);
        } catch (IOException e) {
            throw BuildFailure.of(out.toString(), 0, "could not be written: " + e.getMessage() + ". Check the disk and the folder's permissions.");
        } finally {
            try {
                Publisher.deleteTree(staging);
            } catch (IOException ignored) {
                // a leftover staging folder is removed by the next build
            }
        }
    }

    /** Every news photo in its sizes; the resized files are cached beside the output, by content. */
    private static Map<String, List<NewsImages.Variant>> resizeImages(Path project, Path out, Path staging, List<Page> pages,
                                                                       Problems problems) throws IOException {
        NewsImages images = new NewsImages(project, cacheDir(out, "image-cache"));
        Map<String, List<NewsImages.Variant>> variants = new HashMap<>();
        for (Page p : pages) {
            String img = p.field("image");
            if (img == null || img.isBlank()) continue;
            try {
                variants.put(p.path(), images.variants(img, staging));
            } catch (IOException e) {
                problems.add(p.source(), Msg.of("image.unreadable", img, e.getMessage()));
            }
        }
        problems.throwIfAny();
        return variants;
    }

    /** The pages of a build: the content shown, the newsroom, and the pages made from data (indicators, news lists). */
    public record Composition(SiteIndex contentIndex, Newsroom newsroom, NewsPages newsPages, Map<Language, List<Page>> generated,
                       List<Page> sitePages, SiteIndex index) {}

    public static Composition compose(SiteConfig config, Map<Language, Messages> messages, List<Indicator> indicators, List<Page> shown) {
        SiteIndex contentIndex = new SiteIndex(shown);
        Newsroom newsroom = new Newsroom(shown);
        NewsPages newsPages = new NewsPages();
        int perPage = Integer.parseInt(config.get("news.per-page") == null ? "10" : config.get("news.per-page"));
        for (Language lang : Language.values()) {
            newsPages.add(lang, contentIndex.ofType(lang, PageType.NEWS_INDEX).stream().findFirst(), newsroom, messages.get(lang), perPage,
                    byField(contentIndex.ofType(lang, PageType.PILLAR), "pillar"), byField(contentIndex.ofType(lang, PageType.SECTOR), "sector"));
        }
        Map<Language, List<Page>> generated = IndicatorPages.pages(indicators, contentIndex);
        newsPages.pages().forEach(p -> generated.get(p.lang()).add(p));
        List<Page> sitePages = new ArrayList<>(shown);
        generated.values().forEach(sitePages::addAll);
        return new Composition(contentIndex, newsroom, newsPages, generated, sitePages, new SiteIndex(sitePages));
    }

    /** Everything templates are handed, wired once: each page's models, through its type's slice. */
    public static PageModels models(SiteConfig config, Composition c, SiteData data, Map<Language, Messages> messages, Urls urls,
                                    String stylesheet, Map<String, String> scripts, Map<String, List<NewsImages.Variant>> images,
                                    List<Indicator> indicators, Map<String, Assessment> assessments, java.time.LocalDate now) {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (Indicator i : indicators) byId.put(i.id(), i);
        IndicatorViewFactory indicatorViews = new IndicatorViewFactory(indicators, assessments, c.index(), data, messages, urls);
        NewsViewFactory newsViews = new NewsViewFactory(config, c.newsroom(), c.newsPages(), c.index(), urls, messages, images, indicatorViews);
        SocialFactory social = new SocialFactory(config, c.index(), urls, messages, images);
        PageViewFactory common = new PageViewFactory(config, c.index(), messages, urls, stylesheet, scripts, newsViews, social, now);
        PageContext context = new PageContext(config, c.index(), data, messages, urls, byId, indicatorViews, newsViews, social);
        return new PageModels(context, common);
    }

    /** What a finished build leaves for the preview's quick path (QuickRender). */
    public record State(SiteConfig config, Map<Language, Messages> messages, SiteData data, List<Indicator> indicators,
                        Map<String, Assessment> assessments, List<Page> all, Predicate<Page> visible, BuildOptions options,
                        String stylesheet, Map<String, String> scripts, Map<String, List<NewsImages.Variant>> images,
                        Configuration freemarker) {}

    private static long[] awaitCards(java.util.concurrent.Future<long[]> done) throws IOException {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the share cards");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof java.io.UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IOException(String.valueOf(c));
        }
    }

    /**
     * Where resized photos and drawn cards are kept between builds: beside the output ("target/.card-cache"), or under
     * the folder the system property site.cache names (the tests share one, so each test build does not redraw).
     */
    static Path cacheDir(Path out, String name) {
        String shared = System.getProperty("site.cache");
        return shared != null ? Path.of(shared).resolve(name) : out.resolveSibling("." + name);
    }

    private static Map<String, Page> byField(List<Page> pages, String field) {
        Map<String, Page> out = new LinkedHashMap<>();
        for (Page p : pages) if (p.field(field) != null) out.put(p.field(field), p);
        return out;
    }

    /** Every page type has its template; jbake.properties does not try to set them. */
    private static void checkTemplates(SiteConfig config, Problems problems) {
        for (PageType type : PageType.values()) {
            if (!Files.isRegularFile(config.projectDir().resolve("templates").resolve(type.template()))) {
                problems.add("templates/" + type.template(), "is missing: pages of type " + type.id()
                        + " are shown with it. Restore it from git.");
            }
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
