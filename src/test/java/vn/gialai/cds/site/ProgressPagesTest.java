package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress as the public sees it: the dashboard, a page per indicator, charts, tables, downloads. */
class ProgressPagesTest {
    private final BuiltSite built = BuiltSite.get();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> ids() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("data/indicators"))) {
            return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
    }

    @Test
    void everyIndicatorHasAPageInBothLanguagesAndIsOnTheDashboard() throws Exception {
        Document vi = built.page("tien-do/index.html");
        Document en = built.page("en/progress/index.html");
        for (String id : ids()) {
            built.page("tien-do/" + id + "/index.html");
            built.page("en/progress/" + id + "/index.html");
            assertEquals(1, vi.select(".indicator-list a[href=/tien-do/" + id + "/]").size(), id + " on the vi dashboard");
            assertEquals(1, en.select(".indicator-list a[href=/en/progress/" + id + "/]").size(), id + " on the en dashboard");
        }
    }

    @Test
    void dashboardFiltersByPillarWithAnchorsAndBySectorWithLinks() {
        Document d = built.page("en/progress/index.html");
        for (Element a : d.select(".dashboard-filters a[href^=#]")) {
            assertNotNull(d.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(4, d.select(".dashboard-filters a[href^=#]").size(), "three pillars and cross-cutting");
        assertEquals(8, d.select(".dashboard-filters a[href*=/sectors/]").size(), "eight sectors");
        assertTrue(d.select(".status-summary").size() >= 2, "counts by status overall and per pillar");
    }

    @Test
    void statusIsShownWithTextAndIconNeverColourAlone() {
        for (Element s : built.page("tien-do/index.html").select(".progress-status")) {
            assertFalse(s.select(".progress-status__label").text().isBlank());
            assertFalse(s.select(".progress-status__icon").text().isBlank());
        }
    }

    @Test
    void indicatorPageShowsHeadlineStatusReasonChartTableTargetsAndDownloads() {
        Document d = built.page("tien-do/gl-dti-rank/index.html");
        assertEquals("31/34", d.selectFirst(".indicator-headline__value").text());
        assertTrue(d.selectFirst(".indicator-headline__meta").text().contains("2024"));
        assertFalse(d.selectFirst(".progress-status__reason").text().isBlank());
        Element svg = d.selectFirst("svg[role=img]");
        assertNotNull(svg);
        assertEquals("chart-title chart-desc", svg.attr("aria-labelledby"));
        assertTrue(svg.selectFirst("desc").text().contains("19/63"), "the description states the figures in words");
        assertEquals(2, svg.select(".indicator-chart__series").size(), "/63 and /34 ranks are two series, never one line");
        assertNotNull(svg.selectFirst(".indicator-chart__merger"), "the merger is marked");
        assertEquals(4, d.select(".observation-table tbody th[scope=row]").size(), "one row per published figure");
        assertTrue(d.select(".target-list__item").size() >= 3);
        assertEquals("/data/gl-dti-rank.csv", d.selectFirst(".download-links a[href$=.csv]").attr("href"));
    }

    @Test
    void chartLabelsUseTheLanguagesNumberFormat() {
        String vi = built.page("tien-do/gl-tthc-online-records/index.html").selectFirst("svg desc").text();
        String en = built.page("en/progress/gl-tthc-online-records/index.html").selectFirst("svg desc").text();
        assertTrue(vi.contains("51,4%"), vi);
        assertTrue(en.contains("51.4%"), en);
        assertTrue(vi.contains("không nối"), "says the two territories are not joined: " + vi);
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
            assertEquals("Dataset", ld.get("@type").asText(), id);
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
        List<String> lines = Files.readAllLines(built.out.resolve("data/gl-dti-rank.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFindicator_id,"), "UTF-8 with BOM for spreadsheets, header first");
        long observations = lines.stream().filter(l -> l.contains(",observation,")).count();
        assertEquals(4, observations);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",observation,2022,62,63,") && l.contains(",S13,")), String.join("\n", lines));
        JsonNode all = JSON.readTree(built.out.resolve("data/indicators.json").toFile());
        assertEquals(ids().size(), all.size());
        List<String> allCsv = Files.readAllLines(built.out.resolve("data/indicators.csv"), StandardCharsets.UTF_8);
        assertTrue(allCsv.size() > ids().size());
    }

    @Test
    void pillarAndSectorPagesListTheirIndicatorsWithStatus() {
        Document pillar = built.page("en/pillars/digital-government/index.html");
        assertTrue(pillar.select("#indicators .indicator-list__item").size() >= 5);
        assertTrue(pillar.select("#indicators .progress-status").size() >= 5);
        Document health = built.page("linh-vuc/y-te/index.html");
        assertTrue(health.select("#indicators .indicator-list__item").size() >= 1);
        Document tourism = built.page("en/sectors/tourism/index.html");
        assertTrue(tourism.selectFirst("#indicators").text().contains("None of the sources"), "a sector without indicators says so");
    }

    @Test
    void homePageShowsTheHeadlineIndicators() {
        Document home = built.page("index.html");
        assertEquals(6, home.select("#indicators .indicator-list__item").size());
    }
}
