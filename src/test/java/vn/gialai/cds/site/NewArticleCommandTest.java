package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.content.NewArticle;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./site new-article: an editor's first step, as they would take it. */
class NewArticleCommandTest {
    @Test
    void createsALinkedDraftPairThatThePreviewShows() throws Exception {
        Path project = Projects.fixtureCopy();
        LocalDate today = Projects.FIXTURE_NOW;
        var created = NewArticle.create(project, "Tin mẫu: Đội ngũ đổi mới đầu năm", "Sample news: the innovation team at New Year", today);
        assertEquals(project.resolve("content/vi/tin-tuc/tin-mau-doi-ngu-doi-moi-dau-nam.md"), created.vi());
        String vi = Files.readString(created.vi());
        assertTrue(vi.contains("status=draft") && vi.contains("date=2026-01-15") && vi.contains("translationKey=" + created.translationKey()));
        assertTrue(vi.contains("# "), "header fields come with comments");
        String en = Files.readString(created.en());
        assertTrue(en.contains("status=draft") && en.contains("translationKey=" + created.translationKey()));

        Path preview = Temp.dir("new-article-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(preview).withNow(today).withPreview(true));
        var page = Jsoup.parse(preview.resolve("tin-tuc/tin-mau-doi-ngu-doi-moi-dau-nam/index.html").toFile());
        assertEquals(vn.gialai.cds.support.Interface.text("vi", "preview.draft"), page.selectFirst(".preview-banner").text(), "a draft, said so");
        assertEquals("/en/news/sample-news-the-innovation-team-at-new-year/", page.selectFirst(".language-switcher a").attr("href"));
        assertTrue(Jsoup.parse(preview.resolve("tin-tuc/index.html").toFile()).text().contains("Tin mẫu: Đội ngũ đổi mới đầu năm"),
                "it appears in the news list of the preview");
        // both files are drafts (above): the public site leaves drafts out, as NewsTest and DraftsAndOddInputTest show
    }

    @Test
    void theCommandTakesATitleOfSeveralWords() throws Exception {
        Path project = Temp.dir("new-article-command-"); // the command needs only the folder
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = vn.gialai.cds.cli.Main.run(new String[]{"new-article", "Tin mẫu tháng 12",
                        "--en", "Sample news for December", "--project", project.toString()},
                new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8"));
        assertEquals(0, code, err.toString("UTF-8"));
        assertTrue(Files.isRegularFile(project.resolve("content/vi/tin-tuc/tin-mau-thang-12.md")));
        assertTrue(Files.isRegularFile(project.resolve("content/en/news/sample-news-for-december.md")));
        assertTrue(out.toString("UTF-8").contains("content/vi/tin-tuc/tin-mau-thang-12.md"));
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws Exception {
        Path project = Temp.dir("new-article-twice-");
        NewArticle.create(project, "Tin thử", null, Projects.FIXTURE_NOW);
        try {
            NewArticle.create(project, "Tin thử", null, Projects.FIXTURE_NOW);
            throw new AssertionError("expected a refusal");
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("already exists"));
        }
    }
}
