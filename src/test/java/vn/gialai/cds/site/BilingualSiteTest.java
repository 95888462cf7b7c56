package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.SiteFiles;
import vn.gialai.cds.support.Temp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture site as a visitor meets it: every page in both languages, linked to each other, nothing broken. */
class BilingualSiteTest {
    private final BuiltSite built = BuiltSite.get();

    /** One page of each kind in the fixture, by its Vietnamese and English addresses. */
    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("index.html", "en/index.html"),
            Map.entry("chuong-trinh/index.html", "en/programme/index.html"),
            Map.entry("tru-cot/index.html", "en/pillars/index.html"),
            Map.entry("tru-cot/chinh-quyen-so/index.html", "en/pillars/digital-government/index.html"),
            Map.entry("linh-vuc/nong-nghiep/index.html", "en/sectors/agriculture/index.html"),
            Map.entry("van-ban/index.html", "en/documents/index.html"),
            Map.entry("gioi-thieu/index.html", "en/about/index.html"),
            Map.entry("tien-do/index.html", "en/progress/index.html"),
            Map.entry("tien-do/phuong-phap/index.html", "en/progress/methodology/index.html"),
            Map.entry("tien-do/mau-xep-hang/index.html", "en/progress/mau-xep-hang/index.html"),
            Map.entry("tin-tuc/index.html", "en/news/index.html"),
            Map.entry("tin-tuc/bai-mau-ha-tang-so/index.html", "en/news/sample-digital-infrastructure/index.html"),
            Map.entry("tin-tuc/nam/2025/index.html", "en/news/archive/2025/index.html"),
            Map.entry("tim-kiem/index.html", "en/search/index.html"),
            Map.entry("404.html", "en/404.html"));

    @Test
    void theSwitcherJoinsEachPageToItsTranslation() {
        PAIRS.forEach((vi, en) -> {
            assertEquals(BuiltSite.SITE_URL + en.replace("index.html", ""),
                    abs(switcherHref(built.page(vi))), "the switcher on " + vi + " leads to " + en);
            assertEquals(BuiltSite.SITE_URL + vi.replace("index.html", ""),
                    abs(switcherHref(built.page(en))), "the switcher on " + en + " leads to " + vi);
        });
    }

    @Test
    void everyTranslatedPageLeadsToAPageThatLeadsBack() {
        int translated = 0;
        for (var e : built.pages.entrySet()) {
            if (e.getKey().endsWith("/embed/index.html")) continue; // shown inside another site's frame: no switcher
            Element link = e.getValue().selectFirst(".language-switcher a[hreflang]");
            assertNotNull(link, e.getKey() + " has a language switcher");
            if (!link.hasAttr("rel")) continue; // no translation: the switcher leads to the other home (tag pages)
            translated++;
            String other = file(link.attr("href"));
            Document back = built.page(other);
            assertEquals("/" + e.getKey().replace("index.html", ""), switcherHref(back), other + " leads back to " + e.getKey());
        }
        assertTrue(translated >= PAIRS.size() * 2, "translated pages: " + translated);
    }

    @Test
    void everyInternalLinkAndFragmentResolvesInTheFileTree() {
        List<String> broken = SiteFiles.brokenLinks(built.out, built.pages, BuiltSite.SITE_URL);
        assertTrue(broken.isEmpty(), () -> broken.size() + " broken:\n" + String.join("\n", broken));
    }

    @Test
    void theLinkFollowerFindsAMissingPageAFileAndAFragment() throws Exception {
        // the follower is the test's own: prove on a damaged copy of the output that it can fail
        java.nio.file.Path copy = Temp.dir("damaged-").resolve("site");
        vn.gialai.cds.support.Projects.copyTree(built.out, copy);
        java.nio.file.Files.delete(copy.resolve("tru-cot/kinh-te-so/index.html"));
        java.nio.file.Files.delete(copy.resolve("assets/images/anh-mau-ha-tang-800.jpg"));
        java.nio.file.Path about = copy.resolve("gioi-thieu/index.html");
        java.nio.file.Files.writeString(about, java.nio.file.Files.readString(about).replace("id=\"source-S02\"", "id=\"source-x\""));
        String found = String.join("\n", SiteFiles.brokenLinks(copy, SiteFiles.pages(copy), BuiltSite.SITE_URL));
        assertTrue(found.contains("index.html: <a href> /tru-cot/kinh-te-so/ (no file tru-cot/kinh-te-so/index.html)"), found);
        assertTrue(found.contains("anh-mau-ha-tang-800.jpg"), found);
        assertTrue(found.contains("/gioi-thieu/#source-S02 (no id 'source-S02' in gioi-thieu/index.html)"), found);
    }

    @Test
    void hreflangAlternatesExistAndLinkBack() {
        List<String> wrong = new ArrayList<>();
        built.pages.forEach((path, doc) -> {
            String self = doc.selectFirst("link[rel=canonical]").attr("href");
            if (!self.equals(BuiltSite.SITE_URL + path.replace("index.html", ""))) wrong.add(path + ": canonical " + self);
            for (Element alt : doc.select("link[rel=alternate][hreflang]")) {
                String href = alt.attr("href");
                if (!href.startsWith(BuiltSite.SITE_URL)) {
                    wrong.add(path + ": " + alt.attr("hreflang") + " alternate " + href + " is not on the site");
                    continue;
                }
                String target = file("/" + href.substring(BuiltSite.SITE_URL.length()));
                Document other = built.pages.get(target);
                if (other == null) {
                    wrong.add(path + ": " + alt.attr("hreflang") + " alternate " + href + " does not exist");
                } else if (!alt.attr("hreflang").equals("x-default")
                        && other.select("link[rel=alternate][hreflang]").eachAttr("href").stream().noneMatch(self::equals)) {
                    wrong.add(path + ": its " + alt.attr("hreflang") + " alternate " + target + " does not link back");
                } else if (!alt.attr("hreflang").equals("x-default") && !other.selectFirst("html").attr("lang").equals(alt.attr("hreflang"))) {
                    wrong.add(path + ": its " + alt.attr("hreflang") + " alternate " + target + " is in another language");
                }
            }
        });
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void everyPageHasOneH1ALanguageAndATitle() {
        assertFalse(built.pages.isEmpty());
        built.pages.forEach((path, doc) -> {
            assertEquals(1, doc.select("h1").size(), path + " has exactly one <h1>");
            assertEquals(path.startsWith("en/") ? "en" : "vi", doc.selectFirst("html").attr("lang"), path);
            assertFalse(doc.title().isBlank(), path + " has a <title>");
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank(), path + " has a description");
            assertEquals(1, doc.select("main#main-content").size(), path + " has one <main>");
        });
    }

    @Test
    void everyPageHasVietnameseAndEnglishAlternatesAndXDefault() {
        built.pages.forEach((path, doc) -> {
            List<String> langs = doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
            if (path.contains("/the/") || path.contains("/tags/")) {
                // tags are words of one language: a tag page has no translation, and says so
                assertEquals(List.of(path.startsWith("en/") ? "en" : "vi", "x-default"), langs, path);
                return;
            }
            assertEquals(List.of("vi", "en", "x-default"), langs, path);
            assertEquals(doc.selectFirst("link[rel=alternate][hreflang=vi]").attr("href"),
                    doc.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"), "x-default is the Vietnamese page: " + path);
        });
        assertTrue(built.pages.containsKey("tin-tuc/the/bai-mau/index.html"), "the fixture has tag pages, so the exception above is tested");
    }

    @Test
    void addressesAreAsciiAndPretty() {
        built.pages.keySet().forEach(path ->
                assertTrue(path.matches("(en/)?([a-z0-9]+(-[a-z0-9]+)*/)*(index|404)\\.html"), "ASCII, pretty address: " + path));
    }

    @Test
    void lastUpdatedDateIsWrittenTheWayEachLanguageWritesDates() {
        // content/{vi,en}/…/agriculture in the fixture: date=2026-01-12
        Element vi = built.page("linh-vuc/nong-nghiep/index.html").selectFirst(".page-meta time");
        Element en = built.page("en/sectors/agriculture/index.html").selectFirst(".page-meta time");
        assertEquals("12/1/2026", vi.text());
        assertEquals("12 January 2026", en.text());
        assertEquals("2026-01-12", vi.attr("datetime"));
    }

    @Test
    void homePageShowsEveryPillarAndEverySector() {
        for (String home : List.of("index.html", "en/index.html")) {
            Document d = built.page(home);
            assertEquals(List.of("Chính quyền số", "Kinh tế số", "Xã hội số", "Digital government", "Digital economy", "Digital society")
                            .subList(home.startsWith("en/") ? 3 : 0, home.startsWith("en/") ? 6 : 3),
                    d.select("#home-pillars + .card-list li a").eachText(), home + " pillars, in their order");
            assertEquals(3, d.select("#home-sectors + .card-list li").size(), home + ": the fixture's three sectors");
        }
    }

    @Test
    void citationsLeadToTheirEntryInTheListOfSources() {
        for (String[] p : new String[][]{{"linh-vuc/nong-nghiep/index.html", "/gioi-thieu/#source-S02", "gioi-thieu/index.html"},
                {"en/sectors/agriculture/index.html", "/en/about/#source-S02", "en/about/index.html"}}) {
            Element cite = built.page(p[0]).selectFirst(".prose a[href*=#source-]");
            assertNotNull(cite, p[0] + " cites a source");
            assertEquals(p[1], cite.attr("href"));
            assertNotNull(built.page(p[2]).getElementById("source-S02"), p[2] + " lists S02");
        }
    }

    @Test
    void documentsPageListsEveryDocumentAndSaysWhatIsNotKnown() {
        Document vi = built.page("van-ban/index.html");
        Document en = built.page("en/documents/index.html");
        assertEquals(5, vi.select(".document-table__item").size(), "the fixture's data/documents.json has five");
        assertEquals(5, en.select(".document-table__item").size());
        assertTrue(vi.selectFirst("#doc-nghi-quyet-mau").text().contains("01-NQ/MAU"));
        assertTrue(vi.selectFirst("#doc-nghi-quyet-mau").text().contains("20/1/2022"));
        assertTrue(en.selectFirst("#doc-nghi-quyet-mau").text().contains("20 January 2022"));
        String unknown = vi.selectFirst("#doc-chuong-trinh-mau").text();
        assertTrue(unknown.contains(Interface.text("vi", "documents.number-unknown")), "a missing number is said: " + unknown);
        assertTrue(unknown.contains(Interface.text("vi", "documents.date-unknown")), "a missing date is said: " + unknown);
    }

    private static String switcherHref(Document d) {
        return d.selectFirst(".language-switcher a[hreflang]").attr("href");
    }

    private static String abs(String href) {
        return BuiltSite.SITE_URL + href.substring(1);
    }

    /** "/en/about/" → "en/about/index.html". */
    private static String file(String href) {
        String rel = href.substring(1);
        return rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    }
}
