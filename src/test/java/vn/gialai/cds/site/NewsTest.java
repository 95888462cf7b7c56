package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newsroom as readers and editors meet it: lists, articles, feeds, scheduling, drafts, photos. The fixture has five
 * published sample articles per language (2024-03-12 … 2026-01-10), one with a photo, one draft and one scheduled for
 * 2026-02-01, after the fixture's "today" (2026-01-15).
 */
class NewsTest {
    private final BuiltSite built = BuiltSite.get();
    private static final List<String> PUBLISHED_DATES = List.of("2026-01-10", "2025-12-02", "2025-09-20", "2025-05-06", "2024-03-12");

    @Test
    void newsIndexListsEveryPublishedArticleNewestFirst() {
        for (String index : List.of("tin-tuc/index.html", "en/news/index.html")) {
            assertEquals(PUBLISHED_DATES, built.page(index).select(".news-list time").eachAttr("datetime"),
                    index + ": the five published articles, newest first; no draft, nothing scheduled");
        }
    }

    @Test
    void archiveByYearAndListsByPillarSectorAndTagExist() {
        Document index = built.page("tin-tuc/index.html");
        assertEquals(List.of("/tin-tuc/nam/2026/", "/tin-tuc/nam/2025/", "/tin-tuc/nam/2024/").stream().sorted().toList(),
                index.select(".news-filters a[href^=/tin-tuc/nam/]").eachAttr("href").stream().sorted().toList(), "years");
        assertFalse(index.select(".news-filters a[href^=/tin-tuc/tru-cot/]").isEmpty(), "pillars");
        assertFalse(index.select(".news-filters a[href^=/tin-tuc/the/]").isEmpty(), "tags");
        assertEquals(List.of("2025-12-02", "2025-09-20", "2025-05-06"), built.page("tin-tuc/nam/2025/index.html").select(".news-list time").eachAttr("datetime"));
        assertEquals(List.of("2026-01-10", "2025-05-06", "2024-03-12"),
                built.page("en/news/pillars/digital-government/index.html").select(".news-list time").eachAttr("datetime"));
        assertEquals(List.of("2025-09-20"), built.page("tin-tuc/linh-vuc/nong-nghiep/index.html").select(".news-list time").eachAttr("datetime"));
        assertEquals(List.of("2025-05-06"), built.page("tin-tuc/the/ban-chi-dao/index.html").select(".news-list time").eachAttr("datetime"));
    }

    @Test
    void anArticleShowsDatesReadingTimePillarsAndItsNeighbours() {
        Document list = built.page("en/news/index.html");
        String href = list.select(".news-list__title a").get(3).attr("href");
        assertEquals("/en/news/sample-steering-committee-meeting/", href);
        Document a = built.page(href.substring(1) + "index.html");
        Element meta = a.selectFirst(".article-meta");
        assertEquals("6 May 2025", meta.selectFirst("time[datetime=2025-05-06]").text(), "English date");
        assertTrue(meta.text().contains(Interface.text("en", "news.reading-time").replace("{0}", "1")), meta.text());
        assertEquals(List.of("/en/news/pillars/digital-government/", "/en/news/pillars/digital-society/", "/en/news/sectors/health/",
                "/en/news/tags/steering-committee/", "/en/news/tags/sample/"), meta.select("a").eachAttr("href"), "pillars, sector and tags link to their news");
        assertEquals("/en/news/sample-digital-infrastructure/", a.selectFirst(".prev-next__newer a").attr("href"));
        assertEquals("/en/news/sample-workshop/", a.selectFirst(".prev-next__older a").attr("href"));
        assertEquals("/tin-tuc/bai-mau-ban-chi-dao/", a.selectFirst(".language-switcher a[rel=alternate]").attr("href"), "linked to its translation");
    }

    @Test
    void aCorrectedArticleShowsItsUpdateDate() {
        Element meta = built.page("tin-tuc/bai-mau-dau-nam/index.html").selectFirst(".article-meta");
        Element updated = meta.selectFirst("time[datetime=2026-01-12]");
        assertNotNull(updated, "the correction date is shown: " + meta.html());
        assertEquals("12/1/2026", updated.text());
        assertTrue(meta.text().contains(Interface.text("vi", "news.updated")));
        assertTrue(built.page("tin-tuc/bai-mau-ban-chi-dao/index.html").selectFirst(".article-meta").select("time").size() == 1,
                "an article never corrected shows one date");
    }

    @Test
    void latestNewsOnTheHomePillarAndSectorPages() {
        assertEquals(List.of("/tin-tuc/bai-mau-dau-nam/", "/tin-tuc/bai-mau-khach-tham-quan/", "/tin-tuc/bai-mau-ha-tang-so/"),
                built.page("index.html").select(".latest-news .news-list__title a").eachAttr("href"), "the three newest");
        assertEquals(3, built.page("tru-cot/chinh-quyen-so/index.html").select(".latest-news .news-list__item").size());
        assertEquals(List.of("/en/news/sample-visitor-services/"),
                built.page("en/sectors/tourism/index.html").select(".latest-news .news-list__title a").eachAttr("href"));
    }

    @Test
    void everyPageLinksTheFeedOfItsLanguageAndTheFeedIsAtomWithAbsoluteAddresses() throws Exception {
        built.sitePages.forEach((path, doc) -> {
            Element link = doc.selectFirst("link[rel=alternate][type=application/atom+xml]");
            assertNotNull(link, path);
            assertEquals(path.startsWith("en/") ? "/en/news/feed.xml" : "/tin-tuc/feed.xml", link.attr("href"), path);
        });
        for (String[] feed : new String[][]{{"tin-tuc/feed.xml", "5"}, {"en/news/feed.xml", "5"}, {"tin-tuc/tru-cot/chinh-quyen-so/feed.xml", "3"}}) {
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document xml = f.newDocumentBuilder().parse(built.out.resolve(feed[0]).toFile());
            var root = xml.getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author", "link")) {
                assertTrue(root.getElementsByTagNameNS("*", required).getLength() > 0, feed[0] + " has " + required);
            }
            NodeList entries = root.getElementsByTagNameNS("*", "entry");
            assertEquals(Integer.parseInt(feed[1]), entries.getLength(), feed[0]);
            int links = 0;
            for (int i = 0; i < entries.getLength(); i++) {
                var e = (org.w3c.dom.Element) entries.item(i);
                for (String required : List.of("id", "title", "updated", "published", "summary", "content")) {
                    assertEquals(1, e.getElementsByTagNameNS("*", required).getLength(), feed[0] + " entry " + i + " " + required);
                }
                String id = e.getElementsByTagNameNS("*", "id").item(0).getTextContent();
                assertTrue(id.startsWith(BuiltSite.SITE_URL), id);
                String content = e.getElementsByTagNameNS("*", "content").item(0).getTextContent();
                for (Element a : Jsoup.parseBodyFragment(content).select("a[href]")) {
                    links++;
                    assertTrue(a.attr("href").matches("(https?|mailto):.*"), "absolute link in the feed: " + a.attr("href"));
                }
            }
            assertTrue(links > 0, feed[0] + ": the sample articles' links are in the feed, so the check above ran");
        }
    }

    // ------------------------------------------------------------ scheduling, drafts, photos

    private static final String SCHEDULED = "tin-tuc/bai-mau-hen-gio";
    private static final String DRAFT = "tin-tuc/bai-mau-ban-nhap";

    @Test
    void aScheduledArticleAppearsOnlyWithTheFirstBuildOnItsDate() throws Exception {
        // before its date: the shared build of the fixture (2026-01-15)
        assertFalse(Files.exists(built.out.resolve(SCHEDULED + "/index.html")));
        assertFalse(Files.exists(built.out.resolve("en/news/sample-scheduled/index.html")));
        assertFalse(Files.readString(built.out.resolve("tin-tuc/feed.xml")).contains("bai-mau-hen-gio"));
        assertFalse(Files.readString(built.out.resolve("sitemap.xml")).contains("bai-mau-hen-gio"));
        assertTrue(built.result.notes().contains("scheduled, not yet published: content/vi/" + SCHEDULED + ".md (dated 2026-02-01)"),
                "the build says what waits: " + built.result.notes());
        // on its date
        Path on = Temp.dir("sched-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(on).withNow(LocalDate.of(2026, 2, 1)));
        assertTrue(Files.exists(on.resolve(SCHEDULED + "/index.html")));
        assertTrue(Files.readString(on.resolve("tin-tuc/feed.xml")).contains("bai-mau-hen-gio"));
        assertTrue(Files.readString(on.resolve("sitemap.xml")).contains("bai-mau-hen-gio"));
        assertEquals("2026-02-01", Jsoup.parse(on.resolve("tin-tuc/index.html").toFile()).selectFirst(".news-list time").attr("datetime"),
                "the newest article now");
    }

    @Test
    void thePreviewShowsDraftsAndScheduledArticlesWithABannerThePublicSiteNever() throws Exception {
        Path preview = Temp.dir("preview-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(preview).withNow(Projects.FIXTURE_NOW).withPreview(true));
        Document draft = Jsoup.parse(preview.resolve(DRAFT + "/index.html").toFile());
        assertEquals(Interface.text("vi", "preview.draft"), draft.selectFirst(".preview-banner").text());
        Document scheduled = Jsoup.parse(preview.resolve(SCHEDULED + "/index.html").toFile());
        assertEquals(Interface.text("vi", "preview.scheduled").replace("{0}", "1/2/2026"), scheduled.selectFirst(".preview-banner").text());
        Document published = Jsoup.parse(preview.resolve("tin-tuc/bai-mau-hoi-thao/index.html").toFile());
        assertTrue(published.select(".preview-banner").isEmpty(), "a published article has no banner, even in the preview");

        // the public site: neither page, nor any banner
        assertFalse(Files.exists(built.out.resolve(DRAFT + "/index.html")));
        assertFalse(Files.exists(built.out.resolve("en/news/sample-draft/index.html")));
        try (Stream<Path> files = Files.walk(built.out)) {
            assertTrue(files.map(p -> built.out.relativize(p).toString()).noneMatch(p -> p.contains("ban-nhap") || p.contains("sample-draft")),
                    "no file of the draft");
        }
        assertFalse(Files.readString(built.out.resolve("sitemap.xml")).contains("ban-nhap"));
        assertFalse(Files.readString(built.out.resolve("tim-kiem/index.json")).contains("ban-nhap"), "not searchable either");
        built.pages.forEach((path, doc) -> assertTrue(doc.select(".preview-banner").isEmpty(), "no banner on the public site: " + path));
    }

    @Test
    void aPhotoIsResizedAndShownWithItsSizesAltTextAndCredit() throws Exception {
        // the fixture's 1600×900 sample picture (assets/images/anh-mau-ha-tang.jpg)
        for (int w : new int[]{480, 800, 1200}) {
            BufferedImage v = ImageIO.read(built.out.resolve("assets/images/anh-mau-ha-tang-" + w + ".jpg").toFile());
            assertEquals(w, v.getWidth());
            assertEquals(w * 9 / 16, v.getHeight(), "the proportions are kept");
        }
        Element el = built.page("tin-tuc/bai-mau-ha-tang-so/index.html").selectFirst(".news-image img");
        assertEquals("800", el.attr("width"));
        assertEquals("450", el.attr("height"));
        assertEquals("Hình minh họa mẫu: bầu trời xanh nhạt phía trên một dải đồi màu xanh lá.", el.attr("alt"));
        assertTrue(el.attr("srcset").contains("/assets/images/anh-mau-ha-tang-1200.jpg 1200w"), el.attr("srcset"));
        assertTrue(el.parent().text().contains("Hình mẫu do bộ kiểm thử tạo ra"), "the credit is shown");
        assertTrue(built.page("tin-tuc/bai-mau-hoi-thao/index.html").select(".news-image").isEmpty(), "no photo, no figure");
    }
}
