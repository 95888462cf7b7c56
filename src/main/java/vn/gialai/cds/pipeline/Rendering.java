package vn.gialai.cds.pipeline;

import freemarker.template.Configuration;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.jbake.Bakery;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

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

    /** Renders every page into staging; returns how many were written. Template errors are added to problems. */
    int render(Configuration freemarker, PageModels models, Path staging, Problems problems, java.util.function.Consumer<String> onWritten) {
        Bakery bakery = new Bakery(in.config(), freemarker, models, in.messages());
        Predicate<Page> baked = p -> in.visible().test(p) || p.type().generated();
        int written = 0;
        for (Language lang : Language.values()) {
            written += bakery.bake(lang, staging, pagesByFile, generatedKeys.getOrDefault(lang, List.of()), baked, problems, onWritten);
        }
        return written;
    }
}
