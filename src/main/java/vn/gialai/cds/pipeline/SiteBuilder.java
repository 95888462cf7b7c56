package vn.gialai.cds.pipeline;

import freemarker.template.Configuration;
import vn.gialai.cds.checks.FactsCache;
import vn.gialai.cds.checks.HtmlValidity;
import vn.gialai.cds.checks.LanguageCheck;
import vn.gialai.cds.checks.LinkCheck;
import vn.gialai.cds.checks.OutputSite;
import vn.gialai.cds.checks.PageFacts;
import vn.gialai.cds.checks.ProvenanceReport;
import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.BuiltFiles;
import vn.gialai.cds.views.Figure;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.Faults;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.files.WriteFailure;
import vn.gialai.cds.jbake.Logging;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.outputs.AdminFiles;
import vn.gialai.cds.outputs.ChartImages;
import vn.gialai.cds.outputs.Assets;
import vn.gialai.cds.outputs.DataExport;
import vn.gialai.cds.outputs.Feeds;
import vn.gialai.cds.outputs.Icons;
import vn.gialai.cds.outputs.NewsPhotos;
import vn.gialai.cds.outputs.SearchIndexes;
import vn.gialai.cds.outputs.ShareCards;
import vn.gialai.cds.outputs.SiteOutput;
import vn.gialai.cds.outputs.Sitemap;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.publish.HostFiles;
import vn.gialai.cds.publish.Publisher;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.views.SocialFactory;
import vn.gialai.cds.views.Urls;
import vn.gialai.cds.vocabulary.SiteTime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * The whole build, as a short pipeline of stages: load and check everything (all problems at once), compose the pages,
 * render them with JBake while the share cards are drawn, write the other outputs, check the output as a visitor meets
 * it, and only then publish it. Each stage is a class of this package; each output a class of outputs/.
 */
public final class SiteBuilder {
    static {
        Logging.quiet();
    }

    private final BuildMemory memory;

    /** A builder for one build, or many that remember nothing of each other. */
    public SiteBuilder() { this(BuildMemory.NONE); }

    /** A builder whose builds take what the last one found from memory while its files are unchanged (the preview). */
    public SiteBuilder(BuildMemory memory) { this.memory = memory; }

    public BuildResult build(BuildOptions options) {
        return build(options, BuildLock.Wait.bounded("build", java.time.Duration.ofSeconds(BuildLock.DEFAULT_WAIT_SECONDS)));
    }

    /**
     * The build, holding its output folder's lock (files/BuildLock) from start to end, after putting right what a
     * stopped build left there (files/SiteSwap#recover).
     */
    public BuildResult build(BuildOptions options, BuildLock.Wait wait) {
        Path out = options.out().toAbsolutePath().normalize();
        try (BuildLock lock = BuildLock.acquire(out, wait)) {
            SiteSwap.recover(out).forEach(wait.onStale());
            return buildUnlocked(options);
        } catch (BuildLock.Busy b) {
            Problems p = new Problems();
            p.add(out.toString(), b.msg());
            throw new BuildFailure(p);
        } catch (IOException e) {
            Problems p = new Problems();
            p.add(out.toString(), WriteFailure.explain(e, out));
            throw new BuildFailure(p);
        } catch (OutOfMemoryError e) {
            // the new site is already deleted (buildUnderFixedDefaults' finally) and the last good one untouched; what to
            // change is the heap jvm.options gives the build
            Problems p = new Problems();
            p.add("jvm.options", vn.gialai.cds.problems.Msg.of("build.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            throw new BuildFailure(p);
        }
    }

    private BuildResult buildUnlocked(BuildOptions options) {
        // JBake and its database format with the JVM's defaults (OrientDB does not even open under some locales):
        // the site is built under fixed ones, whatever the machine's, and the caller's are given back after.
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone(SiteTime.ZONE));
        try {
            return buildUnderFixedDefaults(options);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private BuildResult buildUnderFixedDefaults(BuildOptions options) {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer();
        Path project = options.projectDir().toAbsolutePath().normalize();
        Problems problems = new Problems();

        List<java.util.concurrent.CompletableFuture<Void>> saving = new ArrayList<>();
        try {
            return build(options, project, start, timer, problems, Loaded.load(project, options, problems, memory, saving), saving);
        } finally {
            saving.forEach(java.util.concurrent.CompletableFuture::join); // the caches written beside the build
            memory.buildEnded(); // or, in a process that remembers, written now the site is out
        }
    }

    private BuildResult build(BuildOptions options, Path project, long start, StageTimer timer, Problems problems, Loaded in,
                              List<java.util.concurrent.CompletableFuture<Void>> saving) {
        timer.mark("load");
        // the HTML checker's schema compiles on the other core while the pages are composed and the last site is read
        vn.gialai.cds.checks.HtmlCheckers checkers = memory.htmlCheckers();
        checkers.prepare();

        Composition composition = Composition.of(in.config(), in.messages(), in.indicators(), in.shown(), in.data().documents());
        Urls urls = new Urls(in.config().siteUrl(), in.config().basePath());
        // the files of the last site this build keeps as they are (pages and cards that did not change): not written
        // into staging, left in place when the rest is published (files/SiteOverlay)
        java.util.Set<String> kept = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Rendering rendering = new Rendering(project, in, composition, kept, memory);

        Path out = options.out().toAbsolutePath().normalize();
        Path staging = Publisher.stagingFor(out);
        HtmlValidity.Session html = null;
        try {
            Publisher.deleteTree(staging);
            Files.createDirectories(staging);
            Faults.at("staging", staging);
            Assets assets = new Assets(project);
            String stylesheet = assets.writeStylesheet(staging);
            Map<String, String> scripts = assets.writeScripts(staging);
            assets.copyOthers(staging);
            Map<String, List<NewsImages.Variant>> images = NewsPhotos.write(project, Caches.dir(out, "image-cache"), staging,
                    in.shown(), problems);

            PageModels models = Wiring.models(in, composition, urls, stylesheet, scripts, images, options.now());
            String renderState = RenderMap.state(project, in.config().siteUrl(), in.config().basePath(), options.preview());
            Path renderMapFile = RenderMap.file(out);
            RenderMap previous = Files.isDirectory(out) ? RenderMap.load(renderMapFile, renderState, memory.renderMap()) : null;
            // what every model is made from besides the bodies (pipeline/ModelInputs): when it is the last site's, so is
            // everything made from the headers alone (the cards, the downloads, the sitemap)
            String inputs = ModelInputs.besideBodies(in, stylesheet, scripts, images, options.now());
            boolean sameInputs = previous != null && previous.sameInputs(inputs);
            Path factsCache = Caches.dir(out, "facts-cache").resolve("facts.txt");
            // a rebuild reads the link check's facts beside its render; a full build later, not to hold them while it renders;
            // a rebuild after a change of text alone most likely needs none of them (pipeline/CheckScope), and reads them late
            // only if it does
            java.util.concurrent.CompletableFuture<FactsCache> facts = previous != null && !sameInputs ? memory.facts(factsCache) : null;
            // A card shows its page's header, the indicators and the messages; with the same inputs (and templates and
            // messages: the render map's state) it is the last site's card, kept in place without being made again while
            // its file is as published. A card with a photo is always made: it is known by the photo's bytes, which a
            // photo replaced under the same name changes and the inputs do not.
            Map<String, CardSpec> cardSpecs = new TreeMap<>();
            Map<String, String> cardsKept = new java.util.HashMap<>();
            for (Page p : composition.sitePages()) {
                if (!SocialFactory.ownsCard(p)) continue;
                String path = SocialFactory.cardPath(p);
                String key = sameInputs && !p.fields().containsKey("image") ? previous.cardKey(path) : null;
                if (key != null && previous.card(path, key, out) && kept.add(path)) cardsKept.put(path, key);
                else cardSpecs.put(path, models.card(p));
            }
            ShareCards cards = new ShareCards(Caches.dir(out, "card-cache"), staging, cardSpecs,
                    previous == null ? (path, key) -> false : (path, key) -> previous.card(path, key, out) && kept.add(path), cardsKept);
            timer.mark("compute");

            Configuration freemarker = SiteTemplateEngine.freemarker(project.resolve("templates").toFile());
            // The HTML checker starts with the first page written, beside the rendering.
            long htmlStart = System.nanoTime();
            BuiltFiles built = BuiltFiles.of(staging, out, kept);
            html = new HtmlValidity(Caches.dir(out, "html-cache").resolve("valid.txt"), checkers).start(built, rendering.sourceOfOutput);
            Rendering.Result render = rendering.render(freemarker, models, staging, problems, html::offer, previous, out, inputs);
            int written = render.written();
            timer.mark(previous == null ? "render (JBake; news and data pages directly, on both cores), with cards and HTML checks beside it"
                    : "render (what changed), with cards and HTML checks beside it");
            ShareCards.Result drawn = cards.await();
            timer.mark("wait for cards");
            problems.throwIfAny();

            // What is made from the headers alone, or from them and the bodies of the pages it shows, is the last site's
            // when those are the last site's too: kept in place (pipeline/LastSite).
            LastSite last = new LastSite(previous, sameInputs, out, kept, rendering.bodies());
            DataExport export = new DataExport(in.indicators(), in.assessments(), in.data());
            boolean exportKept = last.keeps(export.files(), List.of()); // from the data and indicators alone
            Feeds feeds = new Feeds(composition.newsroom(), composition.contentIndex(), composition.newsPages(), urls, in.messages(),
                    in.config(), stylesheet);
            boolean feedsKept = last.keeps(feeds.files(), feeds.shown());
            SearchIndexes search = new SearchIndexes(composition.sitePages(), composition.contentIndex(), urls, in.messages(), models::searchText,
                    SearchIndexes.portalEntries(new vn.gialai.cds.views.OperatorViews(in.data(), in.messages()), in.messages()))
                    .withFigures(models::searchFigure).withBodyText(memory::searchBodyText);
            java.util.Set<vn.gialai.cds.vocabulary.Language> searchKept = java.util.EnumSet.noneOf(vn.gialai.cds.vocabulary.Language.class);
            for (vn.gialai.cds.vocabulary.Language lang : vn.gialai.cds.vocabulary.Language.values()) {
                if (last.keeps(search.files(lang), search.pages(lang))) searchKept.add(lang);
            }
            Sitemap sitemap = new Sitemap(composition.sitePages(), urls);
            boolean sitemapKept = last.keeps(sitemap.files(), List.of());
            List<SiteOutput> outputs = List.of(
                    feedsKept ? SiteOutput.NONE : feeds,
                    search.keeping(searchKept),
                    exportKept ? SiteOutput.NONE : export,
                    new ChartImages(chartImages(composition, models, kept, last), Caches.dir(out, "chart-cache")),
                    sitemapKept ? SiteOutput.NONE : sitemap,
                    new Icons(project, urls, in.messages()));
            Faults.at("outputs", staging);
            for (SiteOutput o : outputs) o.write(staging);
            timer.mark("feeds, data, search, sitemap");

            Map<String, String> knownHashes = new java.util.HashMap<>(html.hashesSoFar()); // pages the HTML checker has read
            knownHashes.putAll(render.knownHashes()); // pages taken from the last site
            // after a change that shows other pages nothing new, only the pages written need their links checked
            // (pipeline/CheckScope); else every page's links and languages, as in a full build
            OutputSite site = sameInputs ? OutputSite.changedPages(built, in.config().siteUrl(), knownHashes) : null;
            boolean changedOnly = site != null && CheckScope.changedOnly(previous, sameInputs, site);
            if (!changedOnly) {
                site = new OutputSite(built, in.config().siteUrl(), (facts != null ? facts : memory.facts(factsCache)).join(), knownHashes);
            }
            LinkCheck.run(site, rendering.sourceOfOutput, problems);
            if (!changedOnly) LanguageCheck.run(site, rendering.sourceOfOutput, problems);
            timer.mark(changedOnly ? "links (of the pages written; no other page shows anything new)" : "links and languages");
            int htmlChecked = html.finish(site, problems);
            html = null;
            long htmlMillis = (System.nanoTime() - htmlStart) / 1_000_000;
            timer.mark("HTML check (the rest)");
            problems.throwIfAny();
            OutputSite checked = site;
            if (!changedOnly) memory.save("facts-cache-write", () -> saveQuietly(checked, factsCache), saving);

            // the map describes the site in out, and the report beside it with it: gone while they change, so a build
            // stopped meanwhile leaves none, and the next build is a full one
            Files.deleteIfExists(renderMapFile);
            Path report = out.resolveSibling(out.getFileName() + "-report").resolve("provenance.json");
            String reportWhere = project.relativize(report).toString().startsWith("..") ? report.toString()
                    : project.relativize(report).toString().replace('\\', '/');
            // the same figures on the same pages, cards and search results as the last site's: its report stands
            String provenanceLine = changedOnly ? ProvenanceReport.summaryOf(report, reportWhere) : null;
            if (provenanceLine == null) {
                ProvenanceReport provenance = provenance(site, composition, models);
                AtomicFiles.write(report, provenance.json().getBytes(StandardCharsets.UTF_8));
                provenanceLine = provenance.summary(reportWhere);
            }
            timer.mark("provenance");

            AdminFiles admin = new AdminFiles(project, stylesheet, in.data().sources().keySet(), in.messages());
            admin.write(staging);
            HostFiles.write(staging, checked.pageList(), out, in.config().siteUrl());
            // a full build replaces the whole folder; a rebuild that kept most of the last site moves in what it wrote
            java.util.Set<String> siteFiles = null;
            if (kept.isEmpty()) {
                // the whole folder swapped in: its files listed first, so the next build need not list the site's
                siteFiles = new java.util.HashSet<>(vn.gialai.cds.files.SiteOverlay.files(staging));
                Publisher.publish(staging, out);
            } else {
                siteFiles = Publisher.publishChanges(staging, out, kept, previous.files());
            }
            try {
                Map<String, String> mapped = new java.util.HashMap<>(render.fingerprints());
                drawn.keys().forEach((path, key) -> mapped.put(path, RenderMap.CARD + key)); // one per card, made or kept
                RenderMap.save(renderMapFile, renderState, inputs, mapped, rendering.bodies(), out,
                        path -> mapped.get(path) != null && mapped.get(path).startsWith(RenderMap.CARD) ? "-" : checked.hash(path),
                        path -> outward(checked, path, previous), checked.filesDigest(), previous, kept, siteFiles, memory.renderMap());
            } catch (IOException e) {
                Files.deleteIfExists(renderMapFile); // no map: the next build renders every page
            }
            timer.mark("publish");

            List<String> notes = new ArrayList<>();
            notes.add(timer.report());
            long always = render.fingerprints().values().stream().filter(java.util.Objects::isNull).count();
            notes.add("pages: " + render.rendered() + " rendered, " + (written - render.rendered())
                    + " unchanged since the last build (taken from it)"
                    + (render.modelled() < written ? "; " + render.modelled() + " model" + (render.modelled() == 1 ? "" : "s")
                    + " made, every other page's inputs as last time" : "")
                    + (always == 0 ? "" : "; " + always + " rendered every build (their model holds a value pages/ModelFingerprint cannot walk)"));
            notes.add("share cards: " + drawn.total() + " (" + drawn.drawn() + " drawn, " + (drawn.total() - drawn.drawn())
                    + " unchanged) in " + drawn.millis() + " ms");
            notes.add("HTML checked with the Nu HTML Checker: " + htmlChecked + " page(s) (" + (site.pageList().size() - htmlChecked)
                    + " unchanged and known valid) in " + htmlMillis + " ms, from the first page rendered");
            if (changedOnly) {
                notes.add("links checked on the " + site.facts().size() + " page(s) written" + (site.lookedUp() == 0 ? ""
                        : " (and the ids of " + site.lookedUp() + " page(s) they link into)") + "; languages and every other page as"
                        + " the last site had them: the same files, and no written page shows the others anything new");
            }
            notes.add(provenanceLine);
            if (!admin.available()) notes.add("/admin/ (the editors' CMS) not written: run npm ci in the project folder first");
            notes.addAll(reminders(in, composition, options));
            BuildState state = new BuildState(in, options, stylesheet, scripts, images, freemarker, composition);
            return new BuildResult(written, notes, (System.nanoTime() - start) / 1_000_000, state);
        } catch (IOException e) {
            Problems failed = new Problems();
            failed.add(out.toString(), WriteFailure.explain(e, out));
            throw new BuildFailure(failed);
        } finally {
            if (html != null) html.cancel();
            try {
                Publisher.deleteTree(staging);
            } catch (IOException ignored) {
                // a leftover staging folder is removed by the next build
            }
        }
    }

    /**
     * What other pages' checks read of a page (checks/PageFacts#outward): from its facts when they were read, else (a page
     * kept from the last site, after a change checked on the written pages alone) as the last site's map had it.
     */
    private static String outward(OutputSite site, String path, RenderMap previous) {
        PageFacts f = site.facts().get(path);
        if (f != null) return f.outward();
        return previous == null ? null : previous.outward(path);
    }

    /** The link check's facts kept for the next build: one not written costs the next build time, not this one its pages. */
    private static void saveQuietly(OutputSite site, Path factsCache) {
        try {
            site.saveFacts(factsCache);
        } catch (IOException | RuntimeException e) {
            // the next build parses the pages again, as without the cache
        }
    }

    /**
     * The provenance report: every figure on every page (by page type), on every share card and in every search result,
     * with or without its source, period, territory and confidence.
     */
    private static ProvenanceReport provenance(OutputSite site, Composition composition, PageModels models) {
        Map<String, String> typeOf = new java.util.HashMap<>();
        Map<String, PageFacts.FigureFacts> cards = new TreeMap<>();
        Map<String, PageFacts.FigureFacts> search = new TreeMap<>();
        for (Page p : composition.sitePages()) {
            typeOf.put(p.outputFile(), p.type().id());
            Figure f = p.type().addressable() ? models.figure(p) : null;
            if (f == null) continue;
            PageFacts.FigureFacts facts = new PageFacts.FigureFacts(f.kind(),
                    String.join(" ", f.sources().stream().map(Figure.SourceRef::id).toList()), f.periodId(), f.territoryId(),
                    f.confidenceId(), f.value());
            if (SocialFactory.ownsCard(p)) cards.put(SocialFactory.cardPath(p), facts);
            if (p.type().searched()) search.put(p.outputFile(), facts);
        }
        return new ProvenanceReport()
                .pages(site, path -> typeOf.getOrDefault(path, "other"))
                .surface("share-card", cards)
                .surface("search-result", search);
    }

    /**
     * The chart images to write: those of every indicator page rendered in this build. An indicator page kept from the
     * last site has the model it had then, and so the same chart: its chart's files are kept too (added to kept), when the
     * last site has them; a kept page none of whose chart files the last site had (as its build published it) had no
     * chart, and has none now.
     */
    private static List<ChartImages.Item> chartImages(Composition composition, PageModels models, java.util.Set<String> kept, LastSite last) {
        List<ChartImages.Item> items = new ArrayList<>();
        for (Page p : composition.sitePages()) {
            if (p.type() != vn.gialai.cds.vocabulary.PageType.INDICATOR) continue;
            if (kept.contains(p.outputFile())) {
                List<String> chart = List.of(vn.gialai.cds.vocabulary.Addresses.indicatorChartSvg(p.path()),
                        vn.gialai.cds.vocabulary.Addresses.indicatorChartPng(p.path()));
                if (last.keepsIfThere(chart)) continue;
                if (last.files() != null && chart.stream().noneMatch(last.files()::contains)) continue;
            }
            vn.gialai.cds.views.IndicatorViews.IndicatorView v = (vn.gialai.cds.views.IndicatorViews.IndicatorView) models.view(p);
            items.add(new ChartImages.Item(p.path(), v.chart(), v.reuse().sourceLine(), v.reuse().address()));
        }
        return items;
    }

    /**
     * What only the operator can give and is still empty, one line per file, naming each field: the pages show a
     * notice in its place, and `./site publish` refuses to publish to production until it is filled.
     */
    public static List<String> operatorReminders(vn.gialai.cds.data.SiteData data) {
        List<String> notes = new ArrayList<>();
        List<String> org = data.organisation().emptyFields();
        if (!org.isEmpty()) notes.add(vn.gialai.cds.data.DataLoader.ORGANISATION + ": empty, to be given by the operator: "
                + String.join(", ", org) + ". The pages show a notice in their place; ./site publish refuses until they are filled.");
        List<String> portals = data.portals().stream().filter(vn.gialai.cds.data.Portal::empty).map(vn.gialai.cds.data.Portal::id).toList();
        if (!portals.isEmpty()) notes.add(vn.gialai.cds.data.DataLoader.PORTALS + ": no confirmed address yet for: " + String.join(", ", portals)
                + ". The pages show a notice in their place; ./site publish refuses until each has an https:// address and its source.");
        return notes;
    }

    /** What the build reminds the team of: pages without translation, settings still empty, articles waiting for their day. */
    private static List<String> reminders(Loaded in, Composition c, BuildOptions options) {
        List<String> notes = new ArrayList<>();
        c.contentIndex().untranslated().forEach((file, missing) -> notes.add("page without translation: " + file + " (no " + missing + " version)"));
        notes.addAll(operatorReminders(in.data()));
        for (Page p : in.all()) {
            if (!options.preview() && p.isScheduled(options.now())) {
                notes.add("scheduled, not yet published: " + p.source() + " (dated " + p.date() + ")");
            }
        }
        return notes;
    }
}
