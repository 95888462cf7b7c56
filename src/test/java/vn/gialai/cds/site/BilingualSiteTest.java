package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.checks.LanguageCheck;
import vn.gialai.cds.checks.LinkCheck;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real site, as a visitor meets it: every page in both languages, linked to each other, nothing broken. */
class BilingualSiteTest {
    private final BuiltSite built = BuiltSite.get();

    /** The pages issue #2 promises, by their Vietnamese and English addresses. */
    private static final Map<String, String> PROMISED = Map.ofEntries(
            Map.entry("index.html", "en/index.html"),
            Map.entry("chuong-trinh/index.html", "en/programme/index.html"),
            Map.entry("tru-cot/index.html", "en/pillars/index.html"),
            Map.entry("tru-cot/chinh-quyen-so/index.html", "en/pillars/digital-government/index.html"),
            Map.entry("tru-cot/kinh-te-so/index.html", "en/pillars/digital-economy/index.html"),
            Map.entry("tru-cot/xa-hoi-so/index.html", "en/pillars/digital-society/index.html"),
            Map.entry("nhiem-vu-giai-phap/index.html", "en/tasks-and-solutions/index.html"),
            Map.entry("linh-vuc/index.html", "en/sectors/index.html"),
            Map.entry("linh-vuc/nong-nghiep/index.html", "en/sectors/agriculture/index.html"),
            Map.entry("linh-vuc/giao-duc-dao-tao/index.html", "en/sectors/education-and-training/index.html"),
            Map.entry("linh-vuc/y-te/index.html", "en/sectors/health/index.html"),
            Map.entry("linh-vuc/giao-thong-van-tai-logistics/index.html", "en/sectors/transport-and-logistics/index.html"),
            Map.entry("linh-vuc/cong-nghiep-nang-luong/index.html", "en/sectors/industry-and-energy/index.html"),
            Map.entry("linh-vuc/tai-nguyen-moi-truong/index.html", "en/sectors/natural-resources-and-environment/index.html"),
            Map.entry("linh-vuc/du-lich/index.html", "en/sectors/tourism/index.html"),
            Map.entry("linh-vuc/tai-chinh-ngan-hang/index.html", "en/sectors/finance-and-banking/index.html"),
            Map.entry("nguon-luc/index.html", "en/resources-and-funding/index.html"),
            Map.entry("to-chuc-thuc-hien/index.html", "en/who-carries-it-out/index.html"),
            Map.entry("van-ban/index.html", "en/documents/index.html"),
            Map.entry("gioi-thieu/index.html", "en/about/index.html"),
            Map.entry("tien-do/index.html", "en/progress/index.html"),
            Map.entry("tien-do/phuong-phap/index.html", "en/progress/methodology/index.html"),
            Map.entry("tien-do/gl-dti-rank/index.html", "en/progress/gl-dti-rank/index.html"),
            Map.entry("404.html", "en/404.html"));

    @Test
    void everyPromisedPageExistsInBothLanguagesAndTheSwitcherJoinsThem() {
        PROMISED.forEach((vi, en) -> {
            assertEquals(BuiltSite.SITE_URL + en.replace("index.html", ""),
                    abs(switcherHref(built.page(vi))), "the switcher on " + vi + " leads to " + en);
            assertEquals(BuiltSite.SITE_URL + vi.replace("index.html", ""),
                    abs(switcherHref(built.page(en))), "the switcher on " + en + " leads to " + vi);
        });
    }

    @Test
    void noInternalLinkIsBrokenAndHreflangIsReciprocal() {
        Problems problems = new Problems();
        LinkCheck.run(built.site, Map.of(), problems);
        LanguageCheck.run(built.site, Map.of(), problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems.sorted().stream().map(Object::toString).toList()));
    }

    @Test
    void everyPageHasOneH1ALanguageAndATitle() {
        built.site.pages().forEach((path, doc) -> {
            assertEquals(1, doc.select("h1").size(), path + " has exactly one <h1>");
            assertEquals(path.startsWith("en/") ? "en" : "vi", doc.selectFirst("html").attr("lang"), path);
            assertFalse(doc.title().isBlank(), path + " has a <title>");
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank(), path + " has a description");
            assertEquals(1, doc.select("main#main-content").size(), path + " has one <main>");
        });
    }

    @Test
    void everyPageHasVietnameseAndEnglishAlternatesAndXDefault() {
        built.site.pages().forEach((path, doc) -> {
            List<String> langs = doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
            if (path.contains("/the/") || path.contains("/tags/")) {
                // tags are words of one language: a tag page has no translation, and says so
                assertEquals(List.of(path.startsWith("en/") ? "en" : "vi", "x-default"), langs, path);
                return;
            }
            assertEquals(List.of("vi", "en", "x-default"), langs, path);
            assertTrue(doc.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href")
                    .equals(doc.selectFirst("link[rel=alternate][hreflang=vi]").attr("href")), "x-default is the Vietnamese page: " + path);
        });
    }

    @Test
    void addressesAreAsciiAndPretty() {
        built.site.pages().keySet().forEach(path -> {
            assertTrue(path.matches("(en/)?([a-z0-9]+(-[a-z0-9]+)*/)*(index|404)\\.html"), "ASCII, pretty address: " + path);
        });
    }

    @Test
    void lastUpdatedDateIsWrittenTheWayEachLanguageWritesDates() {
        Element vi = built.page("linh-vuc/nong-nghiep/index.html").selectFirst(".page-meta time");
        Element en = built.page("en/sectors/agriculture/index.html").selectFirst(".page-meta time");
        assertEquals("27/11/2026", vi.text());
        assertEquals("27 November 2026", en.text());
        assertEquals("2026-11-27", vi.attr("datetime"));
    }

    @Test
    void homePageShowsThePillarsAndTheEightSectors() {
        for (String home : List.of("index.html", "en/index.html")) {
            Document d = built.page(home);
            assertEquals(3, d.select("#home-pillars + .card-list li").size(), home + " pillars");
            assertEquals(8, d.select("#home-sectors + .card-list li").size(), home + " sectors");
        }
    }

    @Test
    void citationsLeadToTheirEntryInTheListOfSources() {
        Document agri = built.page("linh-vuc/nong-nghiep/index.html");
        Element cite = agri.selectFirst("a[href*=#source-]");
        assertTrue(cite.attr("href").startsWith("/gioi-thieu/#source-"), cite.attr("href"));
        String id = cite.attr("href").substring(cite.attr("href").indexOf('#') + 1);
        assertTrue(built.page("gioi-thieu/index.html").getElementById(id) != null, id);
    }

    @Test
    void documentsPageListsEveryDocumentWithItsIssuerAndSaysWhatIsNotKnown() {
        Document vi = built.page("van-ban/index.html");
        Document en = built.page("en/documents/index.html");
        assertTrue(vi.select(".document-table__item").size() >= 10);
        assertEquals(vi.select(".document-table__item").size(), en.select(".document-table__item").size());
        assertTrue(vi.text().contains("04-NQ/TU"));
        assertTrue(vi.text().contains("Chưa tìm thấy số hiệu"), "the action programme's unknown number is said");
        assertTrue(en.text().contains("20 January 2022"));
    }

    private static String switcherHref(Document d) {
        return d.selectFirst(".language-switcher a[hreflang]").attr("href");
    }

    private static String abs(String href) {
        return BuiltSite.SITE_URL + href.substring(1);
    }
}
