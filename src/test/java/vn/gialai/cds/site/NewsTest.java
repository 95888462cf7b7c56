package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Projects;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newsroom as readers and editors meet it: lists, articles, feeds, scheduling, drafts, photos. */
class NewsTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void newsIndexListsAtLeastEightArticlesPerLanguageNewestFirst() {
        for (String index : List.of("tin-tuc/index.html", "en/news/index.html")) {
            var dates = built.page(index).select(".news-list time").eachAttr("datetime");
            assertTrue(dates.size() >= 8, index + ": " + dates.size());
            for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        }
    }

    @Test
    void archiveByYearAndListsByPillarSectorAndTagExist() {
        Document index = built.page("tin-tuc/index.html");
        assertFalse(index.select(".news-filters a[href^=/tin-tuc/nam/]").isEmpty(), "years");
        assertFalse(index.select(".news-filters a[href^=/tin-tuc/tru-cot/]").isEmpty(), "pillars");
        assertFalse(index.select(".news-filters a[href^=/tin-tuc/the/]").isEmpty(), "tags");
        Document year = built.page("tin-tuc/nam/2025/index.html");
        year.select(".news-list time").eachAttr("datetime").forEach(d -> assertTrue(d.startsWith("2025"), d));
        Document pillar = built.page("en/news/pillars/digital-government/index.html");
        assertFalse(pillar.select(".news-list__item").isEmpty());
    }

    @Test
    void anArticleShowsDatesReadingTimePillarsAndItsNeighbours() {
        Document list = built.page("en/news/index.html");
        String href = list.select(".news-list__title a").get(1).attr("href");
        Document a = built.page(href.substring(1) + "index.html");
        Element meta = a.selectFirst(".article-meta");
        assertTrue(meta.text().matches(".*\\d{1,2} [A-Z][a-z]+ \\d{4}.*"), "English date: " + meta.text());
        assertTrue(meta.text().contains("min read"), meta.text());
        assertFalse(meta.select("a[href^=/en/news/pillars/]").isEmpty(), "pillars link to their news");
        assertNotNull(a.selectFirst(".prev-next__newer a"));
        assertNotNull(a.selectFirst(".prev-next__older a"));
        assertNotNull(a.selectFirst(".language-switcher a[rel=alternate]"), "linked to its translation");
    }

    @Test
    void latestNewsOnTheHomePillarAndSectorPages() {
        assertEquals(3, built.page("index.html").select(".latest-news .news-list__item").size());
        assertFalse(built.page("tru-cot/chinh-quyen-so/index.html").select(".latest-news .news-list__item").isEmpty());
        assertNotNull(built.page("en/sectors/tourism/index.html").selectFirst(".latest-news"));
    }

    @Test
    void everyPageLinksTheFeedOfItsLanguageAndTheFeedIsAtomWithAbsoluteAddresses() throws Exception {
        built.site.pages().forEach((path, doc) -> {
            Element link = doc.selectFirst("link[rel=alternate][type=application/atom+xml]");
            assertNotNull(link, path);
            assertEquals(path.startsWith("en/") ? "/en/news/feed.xml" : "/tin-tuc/feed.xml", link.attr("href"), path);
        });
        for (String feed : List.of("tin-tuc/feed.xml", "en/news/feed.xml", "tin-tuc/tru-cot/chinh-quyen-so/feed.xml")) {
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document xml = f.newDocumentBuilder().parse(built.out.resolve(feed).toFile());
            var root = xml.getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author", "link")) {
                assertTrue(root.getElementsByTagNameNS("*", required).getLength() > 0, feed + " has " + required);
            }
            NodeList entries = root.getElementsByTagNameNS("*", "entry");
            assertTrue(entries.getLength() > 0, feed);
            for (int i = 0; i < entries.getLength(); i++) {
                var e = (org.w3c.dom.Element) entries.item(i);
                for (String required : List.of("id", "title", "updated", "published", "summary", "content")) {
                    assertEquals(1, e.getElementsByTagNameNS("*", required).getLength(), feed + " entry " + i + " " + required);
                }
                String id = e.getElementsByTagNameNS("*", "id").item(0).getTextContent();
                assertTrue(id.startsWith(BuiltSite.SITE_URL), id);
                String content = e.getElementsByTagNameNS("*", "content").item(0).getTextContent();
                Jsoup.parseBodyFragment(content).select("a[href]").forEach(a ->
                        assertTrue(a.attr("href").matches("(https?|mailto):.*"), "absolute link in the feed: " + a.attr("href")));
            }
        }
    }

    // ------------------------------------------------------------ scheduling, drafts, photos

    private static final String FUTURE = """
            title=Tin hẹn giờ
            type=news
            status=published
            lang=vi
            translationKey=news-scheduled-test
            date=2026-12-15
            summary=Một tin được hẹn đăng vào ngày 15/12/2026.
            pillars=digital-government
            tags=thử nghiệm
            ~~~~~~
            Nội dung tin hẹn giờ.
            """;

    @Test
    void aFutureArticleAppearsOnlyWithTheFirstBuildOnItsDate() throws Exception {
        Path project = Projects.copy();
        Files.writeString(project.resolve("content/vi/tin-tuc/tin-hen-gio.md"), FUTURE);
        Path before = Files.createTempDirectory("sched-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(before).withNow(LocalDate.of(2026, 12, 14)));
        assertFalse(Files.exists(before.resolve("tin-tuc/tin-hen-gio/index.html")));
        assertFalse(Files.readString(before.resolve("tin-tuc/feed.xml")).contains("tin-hen-gio"));
        assertFalse(Files.readString(before.resolve("sitemap.xml")).contains("tin-hen-gio"));
        Path on = Files.createTempDirectory("sched-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(on).withNow(LocalDate.of(2026, 12, 15)));
        assertTrue(Files.exists(on.resolve("tin-tuc/tin-hen-gio/index.html")));
        assertTrue(Files.readString(on.resolve("tin-tuc/feed.xml")).contains("tin-hen-gio"));
    }

    @Test
    void thePreviewShowsDraftsAndScheduledArticlesWithABannerThePublicSiteNever() throws Exception {
        Path project = Projects.copy();
        Files.writeString(project.resolve("content/vi/tin-tuc/tin-hen-gio.md"), FUTURE);
        Files.writeString(project.resolve("content/vi/tin-tuc/ban-nhap.md"), FUTURE.replace("status=published", "status=draft")
                .replace("news-scheduled-test", "news-draft-test").replace("date=2026-12-15", "date=2026-11-01"));
        Path preview = Files.createTempDirectory("preview-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(preview).withNow(LocalDate.of(2026, 12, 1)).withPreview(true));
        Document draft = Jsoup.parse(preview.resolve("tin-tuc/ban-nhap/index.html").toFile());
        assertTrue(draft.selectFirst(".preview-banner").text().startsWith("BẢN NHÁP"));
        Document scheduled = Jsoup.parse(preview.resolve("tin-tuc/tin-hen-gio/index.html").toFile());
        assertTrue(scheduled.selectFirst(".preview-banner").text().contains("15/12/2026"));
        Path site = Files.createTempDirectory("public-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(site).withNow(LocalDate.of(2026, 12, 1)));
        assertFalse(Files.exists(site.resolve("tin-tuc/ban-nhap/index.html")));
        assertFalse(Files.exists(site.resolve("tin-tuc/tin-hen-gio/index.html")));
        try (var files = Files.walk(site)) {
            assertTrue(files.filter(p -> p.toString().endsWith(".html")).noneMatch(p -> {
                try { return Files.readString(p).contains("preview-banner"); } catch (Exception e) { return true; }
            }), "no banner on the public site");
        }
    }

    @Test
    void aPhotoIsResizedAndShownWithItsSizesAltTextAndCredit() throws Exception {
        Path project = Projects.copy();
        BufferedImage img = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(11, 79, 138));
        g.fillRect(0, 0, 1600, 900);
        g.dispose();
        Files.createDirectories(project.resolve("assets/images"));
        ImageIO.write(img, "jpg", project.resolve("assets/images/hoi-truong.jpg").toFile());
        Files.writeString(project.resolve("content/vi/tin-tuc/tin-co-anh.md"), FUTURE.replace("date=2026-12-15", "date=2026-11-20")
                .replace("news-scheduled-test", "news-photo-test")
                .replace("~~~~~~", "image=/assets/images/hoi-truong.jpg\nimageAlt=Hội trường trước giờ họp\nimageCredit=Nhóm biên tập\n~~~~~~"));
        Path out = Files.createTempDirectory("photo-").resolve("site");
        vn.gialai.cds.support.Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(LocalDate.of(2026, 11, 27)));
        for (int w : new int[]{480, 800, 1200}) {
            BufferedImage v = ImageIO.read(out.resolve("assets/images/hoi-truong-" + w + ".jpg").toFile());
            assertEquals(w, v.getWidth());
        }
        Element el = Jsoup.parse(out.resolve("tin-tuc/tin-co-anh/index.html").toFile()).selectFirst(".news-image img");
        assertEquals("800", el.attr("width"));
        assertEquals("450", el.attr("height"));
        assertEquals("Hội trường trước giờ họp", el.attr("alt"));
        assertTrue(el.attr("srcset").contains("hoi-truong-1200.jpg 1200w"));
        assertTrue(el.parent().text().contains("Nhóm biên tập"));
    }
}
