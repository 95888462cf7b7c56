package vn.gialai.cds.jbake;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.problems.Problems;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Failures while rendering: one line per template mistake, naming the first page and how many others it broke. */
class RenderFailuresTest {
    /** What FreeMarker throws for the template text, as a page's render would. */
    private static Exception failure(String name, String text) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_32);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate(name, text);
        c.setTemplateLoader(loader);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        try {
            c.getTemplate(name).process(Map.of("page", Map.of()), new StringWriter());
        } catch (Exception e) {
            return new RuntimeException("rendering failed", e); // wrapped, as JBake and the direct render wrap it
        }
        throw new AssertionError("the template rendered");
    }

    private static List<String> said(RenderFailures failures) {
        Problems problems = new Problems();
        failures.reportTo(problems);
        return problems.found().stream().map(Object::toString).toList();
    }

    @Test
    void theSameMistakeOnManyPagesIsOneLineNamingTheFirstPageAndHowManyOthers() {
        RenderFailures failures = new RenderFailures(Path.of("/project"));
        Exception missing = failure("news-list.ftl", "<p>\n${page.noSuchField}</p>");
        for (String page : List.of("tin-tuc/trang/3/", "tin-tuc/trang/2/", "en/news/page/2/")) failures.add(missing, "generated:" + page);
        Exception syntax = failure("news.ftl", "${1 + }");
        failures.add(syntax, "/project/content/vi/tin-tuc/b.md");
        failures.add(syntax, "/project/content/vi/tin-tuc/a.md");
        List<String> lines = said(failures);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals("templates/news-list.ftl:2: 'page.noSuchField' is missing or null (while rendering en/news/page/2/ and 2 other"
                + " pages). Fix the template.", lines.get(0));
        assertEquals("templates/news.ftl:1: syntax error at column 7: Encountered \"}\" (while rendering content/vi/tin-tuc/a.md and 1"
                + " other page). Fix the template.", lines.get(1));
    }

    @Test
    void twoPagesAreOneAndOneOtherPage() {
        RenderFailures failures = new RenderFailures(Path.of("/project"));
        Exception missing = failure("tag.ftl", "${x}");
        failures.add(missing, "generated:the-b/");
        failures.add(missing, "generated:the-a/");
        assertEquals(List.of("templates/tag.ftl:1: 'x' is missing or null (while rendering the-a/ and 1 other page). Fix the template."),
                said(failures));
    }

    @Test
    void aFailureThatIsNotATemplatesIsSaidForItsPage() {
        RenderFailures failures = new RenderFailures(Path.of("/project"));
        failures.add(new IllegalStateException("outer", new IllegalArgumentException("no such view")), "/project/content/en/a.md");
        assertEquals(List.of("content/en/a.md: could not be rendered: no such view. Check the template of its type."), said(failures));
    }
}
