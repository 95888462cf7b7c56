package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A news list's later pages (2, 3…) are shared with the list's own card, beside its first page: a share of page 2 of
 * a tag shows the tag, and no card is drawn for each page number. The fixture with two articles a page has such pages.
 */
class ListCardTest {
    @Test
    void laterPagesOfAListShowTheListsCard() throws Exception {
        Path project = Projects.fixtureCopy();
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replace("news.per-page=10", "news.per-page=2"),
                StandardCharsets.UTF_8);
        Path out = Temp.dir("list-cards-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
        for (String[] list : new String[][]{{"tin-tuc/", "trang/2/"}, {"en/news/", "page/2/"}, {"tin-tuc/the/bai-mau/", "trang/2/"}}) {
            Path second = out.resolve(list[0] + list[1] + "index.html");
            assertTrue(Files.isRegularFile(second), "the fixture has a second page of " + list[0]);
            Document d = Jsoup.parse(second.toFile(), "UTF-8");
            assertEquals(BuiltSite.SITE_URL + list[0] + "card.png", d.selectFirst("meta[property=og:image]").attr("content"),
                    list[0] + list[1]);
            Document first = Jsoup.parse(out.resolve(list[0] + "index.html").toFile(), "UTF-8");
            assertEquals(first.selectFirst("meta[property=og:image:alt]").attr("content"),
                    d.selectFirst("meta[property=og:image:alt]").attr("content"), "the card described as the list's: " + list[1]);
            assertTrue(Files.isRegularFile(out.resolve(list[0] + "card.png")), "the list's own card is drawn: " + list[0]);
            assertFalse(Files.exists(out.resolve(list[0] + list[1] + "card.png")), "no card for a page number: " + list[0] + list[1]);
        }
    }
}
