package vn.gialai.cds.pipeline;

import freemarker.template.Configuration;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.jbake.Bakery;
import vn.gialai.cds.jbake.RenderFailures;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stage 3: the pages rendered. JBake crawls the content files, one bake per language, keeps the pages editors write in
 * its store and renders them; the news articles and the pages made from data (known here by keys of their own,
 * "generated:&lt;address&gt;") are rendered through the same templates and engine directly, on both cores. A rebuild
 * with a render map renders only what changed (pipeline/RenderMap).
 */
final class Rendering {
    /** Which source file made each output file, so a problem found in the output names the file an editor can open. */
    final Map<String, String> sourceOfOutput = new HashMap<>();
    private final Map<String, Page> pagesByFile = new HashMap<>();
    private final Loaded in;
    private final java.util.Set<String> kept;
    private final BuildMemory memory;

    /**
     * kept: where the pages taken unchanged from the last site are recorded (their paths in the output: files/SiteOverlay);
     * memory: what the last build of this process knew (pipeline/BuildMemory).
     */
    Rendering(Path project, Loaded in, Composition c, java.util.Set<String> kept, BuildMemory memory) {
        this.in = in;
        this.kept = kept;
        this.memory = memory;
        for (Page p : in.all()) {
            pagesByFile.put(project.resolve(p.source()).toString(), p);
            if (in.visible().test(p)) sourceOfOutput.put(p.outputFile(), p.source());
        }
        for (List<Page> generated : c.generated().values()) {
            for (Page p : generated) {
                pagesByFile.put("generated:" + p.path(), p);
                sourceOfOutput.put(p.outputFile(), p.source());
            }
        }
    }

    /**
     * What the render stage did: pages written (rendered or taken from the last site), rendered, models made (fewer than
     * written when only bodies changed: pipeline/ModelInputs), and each page's fingerprint.
     */
    record Result(int written, int rendered, int modelled, Map<String, String> fingerprints, Map<String, String> knownHashes) {}

    /**
     * Renders every page into staging. Without a render map of the last site (the first build, or the code, templates
     * or settings changed), JBake crawls the content and renders the pages editors write, news articles aside; the news
     * articles and the pages made from data (thousands of them) are rendered directly through the same templates and
     * engine, on both cores. With a map, only the pages whose model changed are rendered that way, and each other page's
     * file is kept as the last site in out has it (added to kept, not written). Template errors are added to problems; onWritten is told each page
     * rendered (from either core).
     */
    Result render(Configuration freemarker, PageModels models, Path staging, Problems problems,
                  java.util.function.Consumer<String> onWritten, RenderMap previous, Path out, String inputs) throws java.io.IOException {
        RenderFailures failures = new RenderFailures(in.config().projectDir());
        try {
            return renderAll(freemarker, models, staging, failures, onWritten, previous, out, inputs);
        } finally {
            // one mistake in a template is one line, however many pages it broke
            failures.reportTo(problems);
        }
    }

    private Result renderAll(Configuration freemarker, PageModels models, Path staging, RenderFailures failures,
                  java.util.function.Consumer<String> onWritten, RenderMap previous, Path out, String inputs) throws java.io.IOException {
        Predicate<Page> baked = p -> in.visible().test(p) || p.type().generated();
        Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> unfingerprintable = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.BiConsumer<Page, String> record = (p, f) -> {
            if (f == null) unfingerprintable.add(p.outputFile()); else fingerprints.put(p.outputFile(), f);
        };
        if (previous == null) {
            Predicate<Page> byJBake = p -> baked.test(p) && !p.type().generated() && p.type() != PageType.NEWS;
            List<Page> forJBake = new ArrayList<>();
            new java.util.TreeMap<>(pagesByFile).values().forEach(p -> { if (byJBake.test(p)) forJBake.add(p); });
            Bakery bakery = new Bakery(in.config(), freemarker, Bakery.modelsMadeNow(forJBake, models), in.messages());
            // JBake's bakes on a thread of their own, beside the news and data pages rendered on both cores: most of their
            // time is one thread's (each store starting, the crawl), which left the other core idle while they ran first
            java.util.concurrent.CompletableFuture<Integer> bakes = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                int n = 0;
                for (Language lang : Language.values()) n += bakery.bake(lang, staging, pagesByFile, byJBake, failures, onWritten, record);
                return n;
            }, task -> new Thread(task, "jbake").start());
            Direct rest;
            try {
                rest = direct(freemarker, models, staging, failures, onWritten, null, out, false,
                        p -> baked.test(p) && !byJBake.test(p), record);
            } finally {
                // never leave JBake writing into a staging folder the caller is about to delete
                try { bakes.join(); } catch (java.util.concurrent.CompletionException ignored) { /* said below, or the failure above stands */ }
            }
            int byJ = joined(bakes);
            return new Result(byJ + rest.written, byJ + rest.rendered, byJ + rest.modelled, withNulls(fingerprints, unfingerprintable),
                    Map.of());
        }
        // When nothing but bodies changed since the last build (pipeline/ModelInputs), a page with the same body has the
        // same model: it is taken from the last site without its model being made.
        boolean onlyBodies = previous.sameInputs(inputs);
        Direct d = direct(freemarker, models, staging, failures, onWritten, previous, out, onlyBodies, baked, record);
        return new Result(d.written, d.rendered, d.modelled, withNulls(fingerprints, unfingerprintable), d.known);
    }

    /** What a bake on its own thread returned, or what it threw, as if it had run on this one. */
    private static int joined(java.util.concurrent.CompletableFuture<Integer> bakes) {
        try {
            return bakes.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private record Direct(int written, int rendered, int modelled, Map<String, String> known) {}

    /**
     * The pages chosen, rendered through FreeMarker without JBake: each page's model is made (in order, on this thread:
     * the views memoise as they go) and fingerprinted, and, unless the last site has the page with that fingerprint
     * (previous: the last site's map, or null), rendered; a batch of models at a time, fingerprints and renders on both
     * cores.
     */
    private Direct direct(Configuration freemarker, PageModels models, Path staging, RenderFailures failures,
                          java.util.function.Consumer<String> onWritten, RenderMap previous, Path out, boolean onlyBodies,
                          Predicate<Page> chosen, java.util.function.BiConsumer<Page, String> record) throws java.io.IOException {
        java.util.Set<Path> folders = new java.util.HashSet<>();
        Map<String, String> known = new HashMap<>();
        int written = 0;
        java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        List<Map.Entry<String, Page>> todo = new ArrayList<>();
        // in no order: the pages to render are sorted below (after a text edit, one of thousands)
        List<Map.Entry<String, Page>> pages = new ArrayList<>(pagesByFile.entrySet());
        // which pages the last site has as they would be now: thousands of files looked at, on both cores
        RenderMap.Entry[] sameAsLast = new RenderMap.Entry[pages.size()];
        if (onlyBodies) {
            Map<String, String> bodies = bodies();
            java.util.stream.IntStream.range(0, pages.size()).parallel().forEach(i -> {
                Page page = pages.get(i).getValue();
                if (chosen.test(page)) sameAsLast[i] = previous.sameBody(page.outputFile(), bodies.get(page.outputFile()), out);
            });
        }
        for (int i = 0; i < pages.size(); i++) {
            Map.Entry<String, Page> e = pages.get(i);
            Page page = e.getValue();
            if (!chosen.test(page)) continue;
            RenderMap.Entry same = sameAsLast[i];
            if (same == null) {
                todo.add(e);
                continue;
            }
            record.accept(page, same.fingerprint());
            known.put(page.outputFile(), same.hash());
            kept.add(page.outputFile());
            written++;
        }
        todo.sort(Map.Entry.comparingByKey());
        final int batch = 128;
        for (int from = 0; from < todo.size(); from += batch) {
            List<Map.Entry<String, Page>> slice = todo.subList(from, Math.min(todo.size(), from + batch));
            PageModels.Model[] made = new PageModels.Model[slice.size()];
            for (int i = 0; i < made.length; i++) {
                try {
                    made[i] = models.model(slice.get(i).getValue());
                } catch (RuntimeException ex) {
                    failures.add(ex, slice.get(i).getKey());
                }
            }
            String[] prints = new String[made.length];
            java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> {
                if (made[i] != null) prints[i] = SiteTemplateEngine.fingerprint(made[i], slice.get(i).getValue().type().template());
            });
            List<Integer> toRender = new ArrayList<>();
            for (int i = 0; i < made.length; i++) {
                if (made[i] == null) continue;
                Page page = slice.get(i).getValue();
                record.accept(page, prints[i]);
                RenderMap.Entry last = previous == null ? null : previous.unchanged(page.outputFile(), prints[i], out);
                if (last != null) {
                    known.put(page.outputFile(), last.hash());
                    kept.add(page.outputFile());
                    written++;
                } else {
                    Path target = staging.resolve(page.outputFile());
                    if (folders.add(target.getParent())) Files.createDirectories(target.getParent());
                    toRender.add(i);
                }
            }
            java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
            java.util.Queue<java.io.IOException> unwritten = new java.util.concurrent.ConcurrentLinkedQueue<>();
            toRender.parallelStream().forEach(i -> {
                Page page = slice.get(i).getValue();
                try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                        Files.newOutputStream(staging.resolve(page.outputFile())), java.nio.charset.StandardCharsets.UTF_8))) {
                    SiteTemplateEngine.render(freemarker, in.messages().get(page.lang()), made[i], page.type().template(), w);
                } catch (java.io.IOException ex) {
                    unwritten.add(ex); // a full disk, a folder without permission: said by the build as such
                    return;
                } catch (org.jbake.template.RenderingException | RuntimeException ex) {
                    failures.add(ex, slice.get(i).getKey());
                    failed.incrementAndGet();
                    return;
                }
                rendered.incrementAndGet();
                onWritten.accept(page.outputFile());
            });
            if (!unwritten.isEmpty()) throw unwritten.peek();
            written += toRender.size() - failed.get();
        }
        return new Direct(written, rendered.get(), todo.size(), known);
    }

    private Map<String, String> bodies;

    /**
     * Each page's body identity (pipeline/ModelInputs#body) by its output file, taken on both cores once (kept with the
     * bodies from the Markdown cache; worked out for the bodies rendered in this build).
     */
    Map<String, String> bodies() {
        if (bodies == null) {
            Map<String, String> all = new java.util.concurrent.ConcurrentHashMap<>();
            pagesByFile.values().parallelStream().forEach(p -> all.put(p.outputFile(), ModelInputs.body(p)));
            memory.retainBodies(all.keySet());
            bodies = all;
        }
        return bodies;
    }

    private static Map<String, String> withNulls(Map<String, String> fingerprints, java.util.Set<String> none) {
        Map<String, String> all = new HashMap<>(fingerprints);
        for (String f : none) all.put(f, null);
        return all;
    }
}
