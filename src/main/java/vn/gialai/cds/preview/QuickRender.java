package vn.gialai.cds.preview;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.pipeline.BuildState;

import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.Urls;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The preview's quick path: when one article is saved, that page is checked and rendered again at once, with the
 * same templates and views, into the preview; the full rebuild that follows brings its lists, feeds, card and the
 * search index up to date. Only for a change that keeps the page where it was (same address, type and language).
 */
public final class QuickRender {
    /** What the quick path did: rendered (the page's output file), problems (shown at once), or nothing (full rebuild only). */
    public record Outcome(String rendered, Problems problems) {
        public static Outcome none() { return new Outcome(null, null); }
    }

    public static Outcome page(BuildState state, Path changed, Path out) {
        SiteConfig config = state.loaded().config();
        Path project = config.projectDir();
        Path file = changed.toAbsolutePath().normalize();
        if (!file.startsWith(project.resolve("content")) || !file.toString().endsWith(".md") || !Files.isRegularFile(file)) {
            return Outcome.none();
        }
        String rel = project.relativize(file).toString().replace('\\', '/');
        Page before = state.loaded().all().stream().filter(p -> p.source().equals(rel)).findFirst().orElse(null);
        if (before == null) return Outcome.none(); // a new page changes the lists: the full rebuild handles it
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        state.loaded().indicators().forEach(i -> ids.put(i.id(), i.slugVi()));
        Problems problems = new Problems();
        Page page = new ContentLoader(config, state.loaded().data(), ids, state.loaded().visible()).loadOne(file, state.loaded().all(), problems);
        if (page == null) return new Outcome(null, problems);
        if (!page.path().equals(before.path()) || !page.type().equals(before.type()) || !state.loaded().visible().test(page)) {
            return Outcome.none();
        }
        PageModels models = state.modelsWith(page);
        Path target = out.resolve(page.outputFile());
        try {
            Path tmp = target.resolveSibling(target.getFileName() + ".quick");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                SiteTemplateEngine.render(state.freemarker(), models, state.loaded().messages(), page, page.type().template(), w);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | org.jbake.template.RenderingException | RuntimeException e) {
            return Outcome.none(); // the full rebuild will say what is wrong
        }
        return new Outcome(page.outputFile(), null);
    }

    private QuickRender() {}
}
