package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor types is shown as text, except the little HTML the allow-list lets through. */
class SafeHtmlTest {
    private static final String TITLE = "<script>alert(\"x\")</script> & \"ngoặc kép\" <b>đậm</b>";

    @Test
    void titlesAndSummariesWithMarkupCharactersRenderAsText() throws Exception {
        Path project = Projects.fixtureCopy();
        Files.writeString(project.resolve("content/vi/thu-ky-tu.md"), """
                title=%s
                type=page
                status=published
                lang=vi
                translationKey=markup-test
                date=2026-01-10
                summary=Tóm tắt có <img src=x onerror=alert(1)> & "dấu" ngoặc.
                ~~~~~~
                Chỉ số <abbr title="Chỉ số chuyển đổi số cấp tỉnh">DTI</abbr> và diện tích 21.576 km<sup>2</sup>.
                """.formatted(TITLE));
        Path out = Temp.dir("safe-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
        String html = Files.readString(out.resolve("thu-ky-tu/index.html"));
        Document d = Jsoup.parse(html);
        assertEquals(TITLE, d.selectFirst("h1").text());
        assertEquals(TITLE + " – Chuyển đổi số Gia Lai", d.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(d.select("script").stream().allMatch(s -> s.hasAttr("src") || s.attr("type").equals("application/ld+json")),
                "no script element came from the title");
        assertTrue(d.select("img[src=x], [onerror]").isEmpty(), "no image or handler came from the summary");
        assertTrue(d.selectFirst("meta[name=description]").attr("content").contains("<img src=x onerror=alert(1)>"),
                "the summary is kept as the text it is");
        assertTrue(!html.contains("<script>alert"), "the title is escaped everywhere");
        for (var ld : d.select("script[type=application/ld+json]")) new ObjectMapper().readTree(ld.data());
        assertNotNull(d.selectFirst(".prose abbr[title=Chỉ số chuyển đổi số cấp tỉnh]"), "allowed HTML passes");
        assertEquals("2", d.selectFirst(".prose sup").text());
    }
}
