package vn.gialai.cds.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;
import vn.gialai.cds.views.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule that lets a rebuild after a text edit skip every other page's model: a page's body is shown on its own page
 * only. On the fixture site, with every other page's body changed, each page's model is the same as before; and what
 * the models are made from besides the bodies (pipeline/ModelInputs) ignores the bodies and sees everything else.
 */
class ModelInputsTest {
    private static BuildState built;

    @BeforeAll
    static void build() throws Exception {
        built = Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(Temp.dir("model-inputs-").resolve("site"))
                .withNow(Projects.FIXTURE_NOW)).state();
    }

    @Test
    void noPageShowsAnotherPagesBody() {
        Loaded in = built.loaded();
        PageModels before = models(in);
        PageModels after = models(withBodies(in, b -> b == null ? null : b + "<p>Một đoạn mới. A new paragraph.</p>"));
        List<String> differ = new ArrayList<>();
        int pages = 0;
        for (Page p : built.composition().sitePages()) {
            // the page as it was (its own body unchanged), among pages whose bodies all changed
            String template = p.type().template();
            String was = SiteTemplateEngine.fingerprint(before.model(p), template);
            assertNotNull(was, p.outputFile() + " can be fingerprinted");
            if (!was.equals(SiteTemplateEngine.fingerprint(after.model(p), template))) differ.add(p.outputFile());
            pages++;
        }
        assertTrue(pages > 100, "the fixture's pages: " + pages);
        assertTrue(differ.isEmpty(), "pages whose model changed when only other pages' bodies did: " + differ);
    }

    @Test
    void theInputsBesideTheBodiesIgnoreBodiesAndSeeEveryHeader() {
        Loaded in = built.loaded();
        String inputs = inputs(in, built.options().now());
        assertNotNull(inputs, "everything the models are made from can be fingerprinted");
        assertEquals(inputs, inputs(in, built.options().now()), "the same inputs, walked again");
        assertEquals(inputs, inputs(withBodies(in, b -> b == null ? null : b + "<p>x</p>"), built.options().now()), "bodies changed only");
        Page first = in.all().get(0);
        List<Page> retitled = new ArrayList<>(in.all());
        retitled.set(0, new Page(first.lang(), first.source(), first.type(), first.status(), first.translationKey(), first.date(),
                first.title() + " (changed)", first.summary(), first.order(), first.fields(), first.path(), first.outputFile(),
                first.bodyHtml()));
        Loaded changed = new Loaded(in.config(), in.messages(), in.data(), in.indicators(), in.assessments(), retitled,
                retitled.stream().filter(in.visible()).toList(), in.visible());
        assertNotEquals(inputs, inputs(changed, built.options().now()), "a title changed");
        assertNotEquals(inputs, inputs(in, built.options().now().plusDays(1)), "another day (a scheduled page may appear)");
    }

    @Test
    void theHeadersDigestWritesEveryComponentOfAPageButItsBody() throws Exception {
        // a component added to Page must be written by ModelInputs.headers too: this list is the one it writes
        List<String> components = new ArrayList<>();
        for (var c : Page.class.getRecordComponents()) components.add(c.getName());
        assertEquals(List.of("lang", "source", "type", "status", "translationKey", "date", "title", "summary", "order", "fields",
                "path", "outputFile", "body"), components, "Page changed: write the new component in ModelInputs.headers");
        Page p = built.loaded().all().stream().filter(x -> x.date() != null && x.type() != null).findFirst().orElseThrow();
        String was = ModelInputs.headers(List.of(p));
        java.util.Map<String, String> moreFields = new java.util.HashMap<>(p.fields());
        moreFields.put("tags", "khac");
        List<Page> variants = List.of(
                new Page(vn.gialai.cds.vocabulary.Language.values()[(p.lang().ordinal() + 1) % 2], p.source(), p.type(), p.status(),
                        p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source() + "x", p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), vn.gialai.cds.vocabulary.PageType.values()[(p.type().ordinal() + 1) % vn.gialai.cds.vocabulary.PageType.values().length],
                        p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status() + "x", p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey() + "x", p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date().plusDays(1), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title() + "x", p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary() + "x", p.order(), p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order() + 1, p.fields(), p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order(), moreFields, p.path(), p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path() + "x/", p.outputFile(), p.body()),
                new Page(p.lang(), p.source(), p.type(), p.status(), p.translationKey(), p.date(), p.title(), p.summary(), p.order(), p.fields(), p.path(), p.outputFile() + "x", p.body()));
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(was));
        for (Page v : variants) assertTrue(seen.add(ModelInputs.headers(List.of(v))), "a component changed, the digest did not: " + v);
        assertEquals(was, ModelInputs.headers(List.of(p.withBody(vn.gialai.cds.content.Body.of("<p>khác</p>")))), "the body is not a header");
        // a text moved from one field to the next is another header
        assertNotEquals(ModelInputs.headers(List.of(new Page(p.lang(), p.source(), p.type(), p.status(), "ab", p.date(), "c", p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()))),
                ModelInputs.headers(List.of(new Page(p.lang(), p.source(), p.type(), p.status(), "a", p.date(), "bc", p.summary(), p.order(), p.fields(), p.path(), p.outputFile(), p.body()))));
    }

    private static String inputs(Loaded in, java.time.LocalDate now) {
        return ModelInputs.besideBodies(in, built.stylesheet(), built.scripts(), built.images(), now);
    }

    private static PageModels models(Loaded in) {
        Composition c = Composition.of(in.config(), in.messages(), in.indicators(), in.shown(), in.data().documents());
        return Wiring.models(in, c, new Urls(in.config().siteUrl(), in.config().basePath()), built.stylesheet(), built.scripts(),
                built.images(), built.options().now());
    }

    private static Loaded withBodies(Loaded in, UnaryOperator<String> body) {
        List<Page> all = in.all().stream().map(p -> p.withBody(vn.gialai.cds.content.Body.of(body.apply(p.bodyHtml())))).toList();
        return new Loaded(in.config(), in.messages(), in.data(), in.indicators(), in.assessments(), all,
                all.stream().filter(in.visible()).toList(), in.visible());
    }
}
