package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts stay out of the public site; a file saved with a BOM or Windows line ends still builds; a page may lack its translation. */
class DraftsAndOddInputTest {
    private static Runs.Run run;
    private static Path out;

    /** One build of a fixture copy with two odd but valid files: a page saved with a BOM and CRLF, and a page in Vietnamese only. */
    @BeforeAll
    static void buildOddInput() throws Exception {
        Path project = Projects.fixtureCopy();
        Path agri = project.resolve("content/vi/linh-vuc/nong-nghiep.md");
        String text = Files.readString(agri).replace("\n", "\r\n");
        Files.write(agri, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        Files.writeString(project.resolve("content/vi/chi-tieng-viet.md"), """
                title=Trang mẫu chỉ có tiếng Việt
                type=page
                status=published
                lang=vi
                translationKey=vi-only
                date=2026-01-10
                summary=Trang mẫu này chỉ có bản tiếng Việt.
                ~~~~~~
                Nội dung mẫu.
                """);
        out = Temp.dir("odd-").resolve("site");
        run = Runs.build(project, out);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aDraftNeverReachesThePublicSite() throws Exception {
        // the fixture's draft page (content/vi/trang-nhap.md) and draft article, in the shared public build
        Path site = BuiltSite.get().out;
        try (Stream<Path> files = Files.walk(site)) {
            assertFalse(files.map(p -> site.relativize(p).toString()).anyMatch(p -> p.contains("trang-nhap") || p.contains("ban-nhap")));
        }
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("trang-nhap"));
        assertFalse(Files.readString(site.resolve("tim-kiem/index.json")).contains("trang-nhap"));
    }

    @Test
    void aPageWithAByteOrderMarkAndWindowsLineEndsBuildsCorrectly() throws Exception {
        Document d = Jsoup.parse(out.resolve("linh-vuc/nong-nghiep/index.html").toFile());
        assertEquals("Nông nghiệp", d.selectFirst("h1").text(), "title read despite BOM and CRLF");
        assertEquals("12/1/2026", d.selectFirst(".page-meta time").text(), "the date too");
        assertFalse(d.selectFirst(".prose").html().contains("\r"), "no carriage return reaches the page");
    }

    @Test
    void aPageWithoutTranslationSaysSoAndTheSwitcherLeadsToTheOtherHome() throws Exception {
        assertTrue(run.out().contains("page without translation: content/vi/chi-tieng-viet.md (no en version)"), run.out());
        var doc = Jsoup.parse(out.resolve("chi-tieng-viet/index.html").toFile());
        assertEquals("/en/", doc.selectFirst(".language-switcher a[hreflang=en]").attr("href"));
        assertEquals(Interface.text("vi", "translation-notice.missing"), doc.selectFirst(".translation-notice").text());
    }
}
