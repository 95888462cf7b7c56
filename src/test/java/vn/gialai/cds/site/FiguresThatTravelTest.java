package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the fixture: every indicator page, in both languages, has its embed page (the figure with its period,
 * territory, source and confidence, the chart, the source line and a link back), its chart as SVG and PNG with the
 * source line drawn in, and a "cite this" line with its title, publisher, date and address.
 */
class FiguresThatTravelTest {
    private static final BuiltSite SITE = BuiltSite.get();

    static List<String> indicatorPages() {
        List<String> out = new ArrayList<>();
        for (String path : SITE.pages.keySet()) {
            Document d = SITE.pages.get(path);
            if (!path.endsWith("/embed/index.html") && d.selectFirst(".cite-this") != null) out.add(path);
        }
        return out.stream().sorted().toList();
    }

    @Test
    void everyIndicatorHasItsEmbedPageWithTheFigureAndAWayBack() {
        List<String> pages = indicatorPages();
        assertEquals(10, pages.size(), "5 fixture indicators in 2 languages: " + pages);
        for (String path : pages) {
            Document page = SITE.page(path);
            String folder = path.substring(0, path.length() - "index.html".length());
            Document embed = SITE.page(folder + "embed/index.html");
            assertEquals(page.selectFirst("h1").text(), embed.selectFirst("h1").text(), path);
            Element back = embed.selectFirst(".embed-figure__back a");
            assertNotNull(back, path);
            assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), back.attr("href"), path + ": the way back");
            assertEquals("_top", back.attr("target"), "the way back leaves the frame");
            assertNotNull(embed.selectFirst("meta[name=robots][content=noindex]"), path);
            assertTrue(embed.select("header, nav, footer").isEmpty(), path + ": no header, menu or footer");
            boolean hasFigure = page.selectFirst(".indicator-chart") != null;
            boolean anyFigure = embed.selectFirst(".embed-figure [data-figure]") != null;
            Element source = embed.selectFirst(".embed-figure__source");
            if (anyFigure) {
                // "Nguồn: <names> · Biểu đồ: <site>": the names are never missing
                assertNotNull(source, path + ": the source line");
                assertFalse(source.text().matches("^[^:]*:\\s*·.*"), path + ": a source line without a source: " + source.text());
            } else {
                assertNull(source, path + ": no source line where there is no figure to source");
            }
            if (hasFigure) {
                assertNotNull(embed.selectFirst(".indicator-chart"), path + ": the chart");
                Element figure = embed.selectFirst(".embed-figure [data-figure]");
                assertNotNull(figure, path + ": the figure, printed by the figure component");
                for (String a : List.of("data-source", "data-period", "data-territory", "data-confidence")) {
                    assertFalse(figure.attr(a).isBlank(), path + ": the figure carries " + a);
                }
                assertFalse(figure.select(".figure__meta a").isEmpty(), path + ": its source, linked");
            }
        }
    }

    @Test
    void everyChartIsAnSvgAndAPngWithItsSourceLineDrawnIn() throws Exception {
        int charts = 0;
        for (String path : indicatorPages()) {
            Document page = SITE.page(path);
            if (page.selectFirst(".indicator-chart") == null) {
                assertTrue(page.select(".cite-this a[download]").isEmpty(), path + ": no image links without a chart");
                continue;
            }
            charts++;
            Path folder = SITE.out.resolve(path).getParent();
            String svg = Files.readString(folder.resolve("chart.svg"));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("chart.svg").toFile());
            String sourceLine = SITE.page(path.replace("index.html", "embed/index.html")).selectFirst(".embed-figure__source").text();
            assertTrue(svgText(svg).contains(sourceLine),
                    path + ": the source line '" + sourceLine + "' is in the SVG");
            assertTrue(svgText(svg).contains(page.selectFirst("link[rel=canonical]").attr("href")), path + ": the address");
            byte[] png = Files.readAllBytes(folder.resolve("chart.png"));
            assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), path);
            List<String> links = page.select(".cite-this a[download]").eachAttr("href");
            assertEquals(2, links.size(), path);
            assertTrue(links.get(0).endsWith("chart.svg") && links.get(1).endsWith("chart.png"), links.toString());
        }
        assertTrue(charts >= 6, "the fixture's numeric indicators have charts: " + charts);
    }

    @Test
    void theCiteThisLineNamesTitlePublisherDateAndAddressInEachLanguage() {
        for (String path : indicatorPages()) {
            Document page = SITE.page(path);
            String cite = page.selectFirst(".cite-this__text").text();
            String title = page.selectFirst("h1").text();
            boolean vi = "vi".equals(page.selectFirst("html").attr("lang"));
            assertTrue(cite.startsWith(title + ". "), cite);
            assertTrue(cite.contains(vi ? "Ban biên tập trang Chuyển đổi số Gia Lai, cập nhật " : "Gia Lai Digital Transformation editorial team, updated "), cite);
            assertTrue(cite.matches(vi ? ".*cập nhật \\d{1,2}/\\d{1,2}/\\d{4}\\. .*" : ".*updated \\d{1,2} [A-Z][a-z]+ \\d{4}\\. .*"), cite);
            assertTrue(cite.endsWith(page.selectFirst("link[rel=canonical]").attr("href")), cite);
        }
    }

    /** The words of an SVG file, its markup dropped, entities read, lines joined (long lines are wrapped). */
    private static String svgText(String svg) {
        return org.jsoup.parser.Parser.unescapeEntities(svg.replaceAll("<[^>]+>", " "), false).replaceAll("\\s+", " ");
    }

    /** Another site can frame the embed pages only if the host is told which they are: _headers names each, and no other. */
    @Test
    void theHostsHeadersFileLetsEveryEmbedPageAndNoOtherBeFramed() throws Exception {
        String headers = Files.readString(SITE.out.resolve("_headers"));
        List<String> framed = new ArrayList<>();
        for (String line : headers.split("\n")) {
            if (line.startsWith("/") && line.endsWith("/embed/")) framed.add(line);
        }
        List<String> embeds = SITE.pages.keySet().stream().filter(BuiltSite::isEmbed)
                .map(p -> "/" + p.substring(0, p.length() - "index.html".length())).sorted().toList();
        assertFalse(embeds.isEmpty(), "the fixture has embed pages");
        assertEquals(embeds, framed, "_headers names exactly the site's embed pages");
        // each path's rules are the indented lines under it
        String path = null;
        java.util.Map<String, String> rules = new java.util.HashMap<>();
        for (String line : headers.split("\n")) {
            if (line.startsWith("/")) path = line;
            else if (path != null && line.startsWith(" ")) rules.merge(path, line + "\n", String::concat);
        }
        for (String embed : embeds) {
            assertTrue(rules.getOrDefault(embed, "").contains("frame-ancestors *"), embed + " in _headers:\n" + rules.get(embed));
        }
    }
}
