package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.BuildState;
import vn.gialai.cds.preview.QuickRender;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's quick path: one saved article is shown at once, the same as the full build would show it. */
class QuickRenderTest {
    private static Path project;
    private static Path out;
    private static BuildOptions options;
    private static BuildState state;

    /** One preview build of a fixture copy, as `./site serve` starts with; each test saves one file of it. */
    @BeforeAll
    static void buildThePreview() throws Exception {
        project = Projects.fixtureCopy();
        out = Temp.dir("quick-").resolve("site");
        options = BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW).withPreview(true);
        state = Runs.buildOrFail(options).state();
    }

    private static final String ARTICLE = "content/vi/tin-tuc/bai-mau-hoi-thao.md";

    @Test
    void aSavedArticleIsRenderedAloneAndMatchesTheFullBuild() throws Exception {
        String quick = quickAfter("title=Bài mẫu: hội thảo", "title=Bài mẫu (đã sửa): hội thảo", true);
        assertEquals("Bài mẫu (đã sửa): hội thảo về dịch vụ công trực tuyến", Jsoup.parse(quick).selectFirst("h1").text());
    }

    @Test
    void aChangeToTheTextAloneIsRenderedWithTheLastBuildsListsAndMatchesTheFullBuild() throws Exception {
        String quick = quickAfter("## Nội dung mẫu", "## Nội dung mẫu đã sửa", true);
        assertTrue(Jsoup.parse(quick).select("h2").eachText().contains("Nội dung mẫu đã sửa"), quick);
    }

    @Test
    void aNewTagIsLinkedAtOnceBecauseTheListsAreMadeAgainWhenAHeaderChanges() throws Exception {
        String quick = quickAfter("tags=hội thảo,bài mẫu", "tags=hội thảo,bài mẫu,thẻ mới", false);
        assertTrue(Jsoup.parse(quick).select(".article-meta a").eachText().contains("thẻ mới"), quick);
    }

    /**
     * The sample article saved with one edit and rendered by the quick path; returns the page it wrote. With
     * againstFullBuild, the page must also be byte for byte the page a full build of the edited project makes.
     */
    private static String quickAfter(String from, String to, boolean againstFullBuild) throws Exception {
        Path article = project.resolve(ARTICLE);
        String saved = Files.readString(article);
        try {
            Edits.replace(project, ARTICLE, from, to);
            QuickRender.Outcome o = QuickRender.page(state, article, out);
            assertEquals("tin-tuc/bai-mau-hoi-thao/index.html", o.rendered());
            String quick = Files.readString(out.resolve(o.rendered()));
            if (againstFullBuild) {
                Path full = Temp.dir("quick-full-").resolve("site");
                Runs.buildOrFail(options.withOut(full));
                assertEquals(Files.readString(full.resolve(o.rendered())), quick, "the quick page is the page the full build makes");
            }
            return quick;
        } finally {
            Files.writeString(article, saved);
        }
    }

    @Test
    void aMistakeIsReportedAtOnceWithFileAndLine() throws Exception {
        Path page = project.resolve("content/vi/linh-vuc/y-te.md");
        String saved = Files.readString(page);
        try {
            Edits.replace(project, "content/vi/linh-vuc/y-te.md", "date=2026-01-12", "date=2026-02-30");
            QuickRender.Outcome o = QuickRender.page(state, page, out);
            assertNull(o.rendered());
            assertTrue(o.problems().sorted().get(0).toString().startsWith("content/vi/linh-vuc/y-te.md:6: date '2026-02-30'"),
                    o.problems().sorted().toString());
        } finally {
            Files.writeString(page, saved);
        }
    }
}
