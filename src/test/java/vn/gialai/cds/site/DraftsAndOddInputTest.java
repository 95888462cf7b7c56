package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts stay out of the public site; a file saved with a BOM or Windows line ends still builds. */
class DraftsAndOddInputTest {
    @Test
    void aDraftNeverReachesThePublicSite() throws Exception {
        Path project = Projects.copy();
        Files.writeString(project.resolve("content/vi/ban-nhap.md"), """
                title=Bản nháp
                type=page
                status=draft
                lang=vi
                translationKey=draft-test
                date=2026-11-20
                summary=Một trang chưa xong.
                ~~~~~~
                Chưa xong.
                """);
        Path out = Files.createTempDirectory("draft-").resolve("site");
        Runs.Run run = Runs.build(project, out);
        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.walk(out)) {
            assertFalse(files.map(p -> out.relativize(p).toString()).anyMatch(p -> p.contains("ban-nhap") || p.contains("draft")));
        }
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("ban-nhap"));
    }

    @Test
    void aPageWithAByteOrderMarkAndWindowsLineEndsBuildsCorrectly() throws Exception {
        Path project = Projects.copy();
        Path agri = project.resolve("content/vi/linh-vuc/nong-nghiep.md");
        String text = Files.readString(agri).replace("\n", "\r\n");
        Files.write(agri, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        Path out = Files.createTempDirectory("bom-").resolve("site");
        Runs.Run run = Runs.build(project, out);
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("linh-vuc/nong-nghiep/index.html"));
        assertTrue(html.contains("<h1>Nông nghiệp</h1>"), "title read despite BOM and CRLF");
    }

    @Test
    void aPageWithoutTranslationSaysSoAndTheSwitcherLeadsToTheOtherHome() throws Exception {
        Path project = Projects.copy();
        Files.writeString(project.resolve("content/vi/chi-tieng-viet.md"), """
                title=Chỉ có tiếng Việt
                type=page
                status=published
                lang=vi
                translationKey=vi-only
                date=2026-11-20
                summary=Trang này chỉ có bản tiếng Việt.
                ~~~~~~
                Nội dung.
                """);
        Path out = Files.createTempDirectory("untranslated-").resolve("site");
        Runs.Run run = Runs.build(project, out);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("page without translation: content/vi/chi-tieng-viet.md (no en version)"), run.out());
        var doc = org.jsoup.Jsoup.parse(out.resolve("chi-tieng-viet/index.html").toFile());
        assertEquals("/en/", doc.selectFirst(".language-switcher a[hreflang=en]").attr("href"));
        assertTrue(doc.selectFirst(".translation-notice").text().contains("chưa có bản tiếng Anh"));
    }
}
