package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.Projects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Progress as the public sees it: the dashboard, a page per indicator, charts, tables, downloads; on the fixture's
 * five sample indicators (src/test/resources/fixture-site/data/indicators): a percentage with figures before and after
 * the merger (mau-ty-le-truc-tuyen), a rank out of 63 and then 34 with an inferred figure (mau-xep-hang), a national
 * one (mau-quoc-gia), one with no figure (mau-chua-co-so-lieu) and one whose figure is words (mau-dinh-tinh).
 */
class ProgressPagesTest {
    private final BuiltSite built = BuiltSite.get();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> ids() throws Exception {
        try (Stream<Path> s = Files.list(Projects.fixtureSource().resolve("data/indicators"))) {
            return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
    }

    @Test
    void everyIndicatorHasAPageInBothLanguagesAndIsOnTheDashboard() throws Exception {
        assertEquals(5, ids().size(), "the fixture's indicators");
        Document vi = built.page("tien-do/index.html");
        Document en = built.page("en/progress/index.html");
        for (String id : ids()) {
            // the Vietnamese page is at the data's Vietnamese slug (IndicatorAddressTest), the English at the id
            String slug = new com.fasterxml.jackson.databind.ObjectMapper().readTree(vn.gialai.cds.support.Projects.fixtureSource()
                    .resolve("data/indicators/" + id + ".json").toFile()).get("slugVi").asText();
            built.page("tien-do/" + slug + "/index.html");
            built.page("en/progress/" + id + "/index.html");
            assertEquals(1, vi.select(".indicator-list a[href=/tien-do/" + slug + "/]").size(), id + " on the vi dashboard");
            assertEquals(1, en.select(".indicator-list a[href=/en/progress/" + id + "/]").size(), id + " on the en dashboard");
        }
        assertEquals(ids().size(), vi.select(".indicator-list__item").size(), "nothing else on the dashboard");
    }

    @Test
    void dashboardFiltersByPillarWithAnchorsAndBySectorWithLinks() {
        Document d = built.page("en/progress/index.html");
        for (Element a : d.select(".dashboard-filters a[href^=#]")) {
            assertNotNull(d.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(List.of("#digital-government", "#digital-economy", "#digital-society", "#cross-cutting"),
                d.select(".dashboard-filters a[href^=#]").eachAttr("href"), "three pillars and cross-cutting, each with indicators");
        assertEquals(List.of("/en/sectors/agriculture/#indicators", "/en/sectors/health/#indicators", "/en/sectors/tourism/#indicators"),
                d.select(".dashboard-filters a[href*=/sectors/]").eachAttr("href"), "one link per sector page");
        assertTrue(d.selectFirst(".dashboard-filters a[href^=/en/sectors/health/]").text().endsWith("(2)"), "health has two indicators");
        assertTrue(d.select(".status-summary").size() >= 2, "counts by status overall and per pillar");
        assertEquals(1, d.select("#digital-economy h3:not(.indicator-list__name)").size(), "the national indicator is listed apart");
    }

    @Test
    void statusIsShownWithTextAndIconNeverColourAlone() {
        var statuses = built.page("tien-do/index.html").select(".progress-status");
        assertEquals(ids_count(), statuses.size());
        for (Element s : statuses) {
            assertFalse(s.select(".progress-status__label").text().isBlank());
            assertFalse(s.select(".progress-status__icon").text().isBlank());
        }
    }

    private static int ids_count() {
        try { return ids().size(); } catch (Exception e) { throw new IllegalStateException(e); }
    }

    @Test
    void aStatusWithoutFiguresToReasonWithSaysWhyOnce() {
        // a target in words only, and no figure yet: one sentence under the badge, not the same thing said twice
        for (String page : List.of("tien-do/mau-dinh-tinh/index.html", "tien-do/mau-chua-co-so-lieu/index.html",
                "en/progress/mau-dinh-tinh/index.html")) {
            Document d = built.page(page);
            String why = d.selectFirst(".progress-status__why").text();
            assertFalse(why.isBlank(), page);
            assertNull(d.selectFirst(".progress-status__reason"), page + ": no reasoning line that repeats it");
            String main = d.selectFirst("main").text();
            assertEquals(main.indexOf(why), main.lastIndexOf(why), page + ": said once: " + why);
        }
    }

    @Test
    void indicatorPageShowsHeadlineStatusReasonChartTableTargetsAndDownloads() {
        Document d = built.page("tien-do/mau-xep-hang/index.html");
        assertEquals("10/34", d.selectFirst(".indicator-headline .figure__value").text(), "the latest figure, out of the places ranked");
        assertTrue(d.selectFirst(".indicator-headline .figure__meta").text().contains("2024"));
        assertFalse(d.selectFirst(".progress-status__reason").text().isBlank());
        Element chart = d.selectFirst("figure.indicator-chart");
        assertNotNull(chart);
        assertTrue(chart.selectFirst("p.visually-hidden").text().contains("20/63"), "the figures in words");
        for (Element layout : chart.select(".indicator-chart__layout")) {
            assertEquals(2, layout.select("svg").size(), "/63 and /34 ranks are two panels, each its own axis");
            assertEquals(1, layout.select("svg").get(0).select(".indicator-chart__series").size());
            assertEquals(1, layout.select("svg").get(1).select(".indicator-chart__series").size());
            List<String> captions = layout.select(".indicator-chart__axis").eachText();
            assertTrue(captions.get(0).contains("63") && captions.get(1).contains("34"), captions.toString());
            assertNull(layout.selectFirst(".indicator-chart__merger"), "no merger line inside one territory's panel");
        }
        assertEquals(List.of("2020", "2021", "2022", "2024"),
                d.select(".observation-table tbody th[scope=row]").eachText().stream().map(t -> t.substring(0, 4)).toList(),
                "one row per published figure, in time order");
        assertEquals(3, d.select(".target-list__item").size());
        assertEquals("/data/mau-xep-hang.csv", d.selectFirst(".download-links a[href$=.csv]").attr("href"));
    }

    @Test
    void anInferredFigureSaysSo() {
        var rows = built.page("tien-do/mau-xep-hang/index.html").select(".observation-table tbody tr:has(th[scope=row])");
        String inferred = Interface.text("vi", "confidence.inferred");
        assertTrue(rows.get(0).text().contains(inferred), "2020 is inferred: " + rows.get(0).text());
        assertFalse(rows.get(1).text().contains(inferred), "2021 is quoted: " + rows.get(1).text());
    }

    @Test
    void anIndicatorWithoutAFigureOrWithWordsHasNoChart() {
        Document none = built.page("tien-do/mau-chua-co-so-lieu/index.html");
        assertEquals(Interface.text("vi", "indicator.no-figure"), none.selectFirst(".indicator-headline__value").text());
        assertNull(none.selectFirst(".indicator-chart"), "nothing to draw");
        Document words = built.page("en/progress/mau-dinh-tinh/index.html");
        assertEquals("A sample description in words", words.selectFirst(".indicator-headline .figure__value").text());
        assertNull(words.selectFirst(".indicator-chart"), "words are not drawn");
        assertEquals(Interface.text("en", "status.qualitative"), words.selectFirst(".progress-status__label").text());
    }

    @Test
    void chartLabelsUseTheLanguagesNumberFormatAndDoNotJoinTheTwoTerritories() {
        String vi = built.page("tien-do/mau-ty-le-truc-tuyen/index.html").selectFirst(".indicator-chart p.visually-hidden").text();
        String en = built.page("en/progress/mau-ty-le-truc-tuyen/index.html").selectFirst(".indicator-chart p.visually-hidden").text();
        assertTrue(vi.contains("40,5%"), vi);
        assertTrue(en.contains("40.5%"), en);
        assertTrue(vi.contains(Interface.text("vi", "chart.not-joined")), "says the two territories are not joined: " + vi);
        Element wide = built.page("tien-do/mau-ty-le-truc-tuyen/index.html").selectFirst(".indicator-chart__layout--l");
        assertEquals(2, wide.select(".indicator-chart__series").size(), "two series on one axis");
        assertNotNull(wide.selectFirst(".indicator-chart__merger"), "the merger line between them");
    }

    @Test
    void indicatorPagesCarryADatasetWithTheirDownloads() throws Exception {
        for (String id : ids()) {
            Document d = built.page("en/progress/" + id + "/index.html");
            JsonNode ld = null;
            for (var s : d.select("script[type=application/ld+json]")) {
                JsonNode n = JSON.readTree(s.data());
                if ("Dataset".equals(n.path("@type").asText())) ld = n;
            }
            assertNotNull(ld, id + " has a Dataset");
            assertEquals(2, ld.get("distribution").size(), id);
            for (JsonNode dist : ld.get("distribution")) {
                String url = dist.get("contentUrl").asText();
                assertTrue(url.startsWith(BuiltSite.SITE_URL), url);
                assertTrue(Files.isRegularFile(built.out.resolve(url.substring(BuiltSite.SITE_URL.length()))), url);
            }
        }
    }

    @Test
    void csvDownloadHasAHeaderAndOneRowPerFigureWithSourceAndPeriod() throws Exception {
        List<String> lines = Files.readAllLines(built.out.resolve("data/mau-xep-hang.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFindicator_id,"), "UTF-8 with BOM for spreadsheets, header first");
        assertEquals(4, lines.stream().filter(l -> l.contains(",observation,")).count());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",observation,2022,40,63,") && l.contains(",S03,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",observation,2020,20,63,") && l.contains(",inferred,")), String.join("\n", lines));
        JsonNode all = JSON.readTree(built.out.resolve("data/indicators.json").toFile());
        assertEquals(ids().size(), all.size());
        List<String> allCsv = Files.readAllLines(built.out.resolve("data/indicators.csv"), StandardCharsets.UTF_8);
        // 4 + 4 + 2 + 0 + 1 figures and 2 + 3 + 1 + 1 + 1 targets in the fixture, after the header
        assertEquals(1 + 11 + 8, allCsv.size(), String.join("\n", allCsv));
    }

    @Test
    void pillarAndSectorPagesListTheirIndicatorsWithStatus() {
        Document pillar = built.page("en/pillars/digital-government/index.html");
        assertEquals(List.of("/en/progress/mau-ty-le-truc-tuyen/"), pillar.select("#indicators .indicator-list__name a").eachAttr("href"));
        assertEquals(1, pillar.select("#indicators .progress-status").size());
        Document health = built.page("linh-vuc/y-te/index.html");
        assertEquals(2, health.select("#indicators .indicator-list__item").size());
        Document agriculture = built.page("en/sectors/agriculture/index.html");
        assertEquals(1, agriculture.select("#indicators h3:not(.indicator-list__name)").size(), "the national indicator is listed apart");
        Document tourism = built.page("en/sectors/tourism/index.html");
        assertTrue(tourism.selectFirst("#indicators").text().contains(Interface.text("en", "indicator-list.none")),
                "a sector without indicators says so");
    }

    @Test
    void homePageShowsTheHeadlineIndicators() {
        Document home = built.page("index.html");
        assertEquals(List.of("/tien-do/mau-ty-le-truc-tuyen/", "/tien-do/mau-xep-hang/"),
                home.select("#indicators .indicator-list__name a").eachAttr("href").stream().sorted().toList(),
                "the two with headline=true");
    }
}
