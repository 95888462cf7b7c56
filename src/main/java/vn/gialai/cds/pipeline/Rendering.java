package vn.gialai.cds.pipeline;

import freemarker.template.Configuration;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.jbake.Bakery;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stage 3: JBake renders the pages, one bake per language. JBake crawls the content files; the pages made from data
 * join its store under keys of their own ("generated:&lt;address&gt;").
 */
final class Rendering {
    /** Which source file made each output file, so a problem found in the output names the file an editor can open. */
    final Map<String, String> sourceOfOutput = new HashMap<>();
    private final Map<String, Page> pagesByFile = new HashMap<>();
    private final Map<Language, List<String>> generatedKeys = new EnumMap<>(Language.class);
    private final Loaded in;

    Rendering(Path project, Loaded in, Composition c) {
        this.in = in;
        for (Page p : in.all()) {
            pagesByFile.put(project.resolve(p.source()).toString(), p);
            if (in.visible().test(p)) sourceOfOutput.put(p.outputFile(), p.source());
        }
        for (Map.Entry<Language, List<Page>> e : c.generated().entrySet()) {
            List<String> keys = new ArrayList<>();
            for (Page p : e.getValue()) {
                String key = "generated:" + p.path();
                pagesByFile.put(key, p);
                keys.add(key);
                sourceOfOutput.put(p.outputFile(), p.source());
            }
            generatedKeys.put(e.getKey(), keys);
        }
    }

    /**
     * What the render stage did: pages written (rendered or taken from the last site), rendered, models made (fewer than
     * written when only bodies changed: pipeline/ModelInputs), and each page's fingerprint.
     */
    record Result(int written, int rendered, int modelled, Map<String, String> fingerprints, Map<String, String> knownHashes) {}

    /**
     * Renders every page into staging. Without a render map of the last site (the first build, or the code, templates
     * or settings changed) JBake renders them all; with one, only the pages whose model changed are rendered (through
     * the same templates and engine), and each other page's file is taken from the last site in out. Template errors
     * are added to problems; onWritten is told each page rendered.
     */
    Result render(Configuration freemarker, PageModels models, Path staging, Problems problems,
                  java.util.function.Consumer<String> onWritten, RenderMap previous, Path out, String inputs) throws java.io.IOException {
        Predicate<Page> baked = p -> in.visible().test(p) || p.type().generated();
        Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> unfingerprintable = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.BiConsumer<Page, String> record = (p, f) -> {
            if (f == null) unfingerprintable.add(p.outputFile()); else fingerprints.put(p.outputFile(), f);
        };
        if (previous == null) {
            Bakery bakery = new Bakery(in.config(), freemarker, models, in.messages());
            int written = 0;
            for (Language lang : Language.values()) {
                written += bakery.bake(lang, staging, pagesByFile, generatedKeys.getOrDefault(lang, List.of()), baked, problems,
                        onWritten, record);
            }
            return new Result(written, written, written, withNulls(fingerprints, unfingerprintable), Map.of());
        }
        java.util.Set<Path> folders = new java.util.HashSet<>();
        Map<String, String> known = new HashMap<>();
        int written = 0, rendered = 0;
        // When nothing but bodies changed since the last build (pipeline/ModelInputs), a page with the same body has the
        // same model: it is taken from the last site without its model being made.
        boolean onlyBodies = inputs != null && inputs.equals(previous.inputs());
        // Models are made in order on this thread (the views memoise as they go); their fingerprints, the larger cost, are
        // taken on both cores, a batch at a time so that only a batch of models is held at once.
        List<Map.Entry<String, Page>> todo = new ArrayList<>();
        for (Map.Entry<String, Page> e : new java.util.TreeMap<>(pagesByFile).entrySet()) {
            Page page = e.getValue();
            if (!baked.test(page)) continue;
            RenderMap.Entry same = onlyBodies ? previous.sameBody(page.outputFile(), bodies().get(page.outputFile()), out) : null;
            if (same == null) {
                todo.add(e);
                continue;
            }
            record.accept(page, same.fingerprint());
            Path target = staging.resolve(page.outputFile());
            if (folders.add(target.getParent())) Files.createDirectories(target.getParent());
            known.put(page.outputFile(), same.sha256());
            linkFromLastSite(out.resolve(page.outputFile()), target);
            written++;
        }
        final int batch = 128;
        for (int from = 0; from < todo.size(); from += batch) {
            List<Map.Entry<String, Page>> slice = todo.subList(from, Math.min(todo.size(), from + batch));
            PageModels.Model[] made = new PageModels.Model[slice.size()];
            for (int i = 0; i < made.length; i++) {
                try {
                    made[i] = models.model(slice.get(i).getValue());
                } catch (RuntimeException ex) {
                    problems.add(Bakery.templateProblem(ex, in.config().projectDir(), slice.get(i).getKey()));
                }
            }
            String[] prints = new String[made.length];
            java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> {
                if (made[i] != null) prints[i] = SiteTemplateEngine.fingerprint(made[i], slice.get(i).getValue().type().template());
            });
            for (int i = 0; i < made.length; i++) {
                if (made[i] == null) continue;
                Page page = slice.get(i).getValue();
                String fingerprint = prints[i];
                record.accept(page, fingerprint);
                Path target = staging.resolve(page.outputFile());
                if (folders.add(target.getParent())) Files.createDirectories(target.getParent());
                RenderMap.Entry last = previous.unchanged(page.outputFile(), fingerprint, out);
                if (last != null) {
                    known.put(page.outputFile(), last.sha256());
                    linkFromLastSite(out.resolve(page.outputFile()), target);
                } else {
                    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                            Files.newOutputStream(target), java.nio.charset.StandardCharsets.UTF_8))) {
                        SiteTemplateEngine.render(freemarker, in.messages().get(page.lang()), made[i], page.type().template(), w);
                    } catch (org.jbake.template.RenderingException | RuntimeException ex) {
                        problems.add(Bakery.templateProblem(ex, in.config().projectDir(), slice.get(i).getKey()));
                        continue;
                    }
                    rendered++;
                    onWritten.accept(page.outputFile());
                }
                written++;
            }
        }
        return new Result(written, rendered, todo.size(), withNulls(fingerprints, unfingerprintable), known);
    }

    private static void linkFromLastSite(Path file, Path target) throws java.io.IOException {
        try {
            Files.createLink(target, file);
        } catch (java.io.IOException | UnsupportedOperationException noLinks) {
            Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private Map<String, String> bodies;

    /** Each page's body identity (pipeline/ModelInputs#body) by its output file, taken on both cores once. */
    Map<String, String> bodies() {
        if (bodies == null) {
            Map<String, String> all = new java.util.concurrent.ConcurrentHashMap<>();
            pagesByFile.values().parallelStream().forEach(p -> all.put(p.outputFile(), ModelInputs.body(p)));
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
