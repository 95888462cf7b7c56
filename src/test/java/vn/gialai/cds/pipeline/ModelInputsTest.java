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
