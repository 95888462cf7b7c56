package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.content.NewArticle;
import vn.gialai.cds.support.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./site new-article: an editor's first step, as they would take it. */
class NewArticleCommandTest {
    @Test
    void createsALinkedDraftPairThatThePreviewShowsAndThePublicSiteDoesNot() throws Exception {
        Path project = Projects.copy();
        LocalDate today = LocalDate.of(2026, 11, 27);
        var created = NewArticle.create(project, "Hội thảo chuyển đổi số ở Đắk Đoa", "Digital transformation workshop in Dak Doa", today);
        assertEquals(project.resolve("content/vi/tin-tuc/hoi-thao-chuyen-doi-so-o-dak-doa.md"), created.vi());
        String vi = Files.readString(created.vi());
        assertTrue(vi.contains("status=draft") && vi.contains("date=2026-11-27") && vi.contains("translationKey=" + created.translationKey()));
        assertTrue(vi.contains("# "), "header fields come with comments");
        assertTrue(Files.readString(created.en()).contains("translationKey=" + created.translationKey()));

        Path preview = Files.createTempDirectory("new-article-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(preview).withNow(today).withPreview(true));
        var page = Jsoup.parse(preview.resolve("tin-tuc/hoi-thao-chuyen-doi-so-o-dak-doa/index.html").toFile());
        assertTrue(page.selectFirst(".preview-banner") != null);
        assertEquals("/en/news/digital-transformation-workshop-in-dak-doa/", page.selectFirst(".language-switcher a").attr("href"));
        assertTrue(Jsoup.parse(preview.resolve("tin-tuc/index.html").toFile()).text().contains("Hội thảo chuyển đổi số ở Đắk Đoa"),
                "it appears in the news list of the preview");

        Path site = Files.createTempDirectory("new-article-public-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(site).withNow(today));
        assertFalse(Files.exists(site.resolve("tin-tuc/hoi-thao-chuyen-doi-so-o-dak-doa/index.html")));
    }

    @Test
    void theCommandTakesATitleOfSeveralWords() throws Exception {
        Path project = Projects.copy();
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = vn.gialai.cds.cli.Main.run(new String[]{"new-article", "Hội nghị chuyển đổi số tháng 12",
                        "--en", "December digital transformation conference", "--project", project.toString()},
                new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8"));
        assertEquals(0, code, err.toString("UTF-8"));
        assertTrue(Files.isRegularFile(project.resolve("content/vi/tin-tuc/hoi-nghi-chuyen-doi-so-thang-12.md")));
        assertTrue(Files.isRegularFile(project.resolve("content/en/news/december-digital-transformation-conference.md")));
        assertTrue(out.toString("UTF-8").contains("content/vi/tin-tuc/hoi-nghi-chuyen-doi-so-thang-12.md"));
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws Exception {
        Path project = Projects.copy();
        NewArticle.create(project, "Tin thử", null, LocalDate.of(2026, 11, 27));
        try {
            NewArticle.create(project, "Tin thử", null, LocalDate.of(2026, 11, 27));
            throw new AssertionError("expected a refusal");
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("already exists"));
        }
    }
}
