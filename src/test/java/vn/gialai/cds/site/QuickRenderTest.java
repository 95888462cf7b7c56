package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.build.BuildOptions;
import vn.gialai.cds.build.QuickRender;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's quick path: one saved article is shown at once, the same as the full build would show it. */
class QuickRenderTest {
    @Test
    void aSavedArticleIsRenderedAloneAndMatchesTheFullBuild() throws Exception {
        Path project = Projects.fixtureCopy();
        Path out = Files.createTempDirectory("quick-").resolve("site");
        BuildOptions options = BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW).withPreview(true);
        var state = Runs.buildOrFail(options).state();
        Path article = project.resolve("content/vi/tin-tuc/bai-mau-hoi-thao.md");
        Edits.replace(project, "content/vi/tin-tuc/bai-mau-hoi-thao.md", "title=Bài mẫu: hội thảo", "title=Bài mẫu (đã sửa): hội thảo");

        QuickRender.Outcome o = QuickRender.page(state, article, out);
        assertEquals("tin-tuc/bai-mau-hoi-thao/index.html", o.rendered());
        String quick = Files.readString(out.resolve(o.rendered()));
        assertTrue(Jsoup.parse(quick).selectFirst("h1").text().startsWith("Bài mẫu (đã sửa): hội thảo"));

        Path full = Files.createTempDirectory("quick-full-").resolve("site");
        Runs.buildOrFail(options.withOut(full));
        assertEquals(Files.readString(full.resolve(o.rendered())), quick, "the quick page is the page the full build makes");
    }

    @Test
    void aMistakeIsReportedAtOnceWithFileAndLine() throws Exception {
        Path project = Projects.fixtureCopy();
        Path out = Files.createTempDirectory("quick-").resolve("site");
        var state = Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW).withPreview(true)).state();
        Path article = project.resolve("content/vi/linh-vuc/y-te.md");
        Edits.replace(project, "content/vi/linh-vuc/y-te.md", "date=2026-01-12", "date=2026-02-30");
        QuickRender.Outcome o = QuickRender.page(state, article, out);
        assertNull(o.rendered());
        assertTrue(o.problems().sorted().get(0).toString().startsWith("content/vi/linh-vuc/y-te.md:6: date '2026-02-30'"));
    }
}
