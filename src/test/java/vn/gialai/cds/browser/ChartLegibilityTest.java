package vn.gialai.cds.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gialai.cds.support.Browser;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Charts as a reader sees them in Chromium, on the fixture's indicator and embed pages in both languages: at 360 and
 * 1280 px, with the browser's text at 100 % and at 200 % (its default font size set to 32 px, as an older reader's
 * setting does), no two labels of the chart shown overlap, and at 200 % they are drawn larger. The embed page is
 * shown in a frame by a page of another origin, and an ordinary page is refused there.
 */
class ChartLegibilityTest {
    private static final List<String> PAGES = List.of("tien-do/mau-ty-le-truc-tuyen/", "en/progress/mau-ty-le-truc-tuyen/",
            "tien-do/mau-xep-hang/", "en/progress/mau-xep-hang/", "tien-do/mau-ty-le-truc-tuyen/embed/",
            "en/progress/mau-xep-hang/embed/");

    /** Every label box of the chart layout on show: [left, top, right, bottom, font size] and its text. */
    private static final String LABELS = """
            const out = [];
            for (const layout of document.querySelectorAll('.indicator-chart__layout')) {
              if (getComputedStyle(layout).display === 'none') continue;
              for (const t of layout.querySelectorAll('text')) {
                const r = t.getBoundingClientRect();
                out.push([r.left, r.top, r.right, r.bottom, r.height, t.textContent]);
              }
            }
            return out;""";

    private static void textSize(Browser b, int px) {
        b.driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", px, "fixed", px * 13 / 16)));
    }

    @AfterEach
    void normalText() {
        textSize(Browser.get(), 16);
    }

    @Test
    void noTwoChartLabelsOverlapAtAnyWidthOrTextSize() {
        Browser b = Browser.get();
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            for (int width : new int[]{360, 1280}) {
                double[] heights = new double[2];
                for (int i = 0; i < 2; i++) {
                    int px = i == 0 ? 16 : 32;
                    b.open(path, width, 900);
                    textSize(b, px);
                    b.driver.navigate().refresh();
                    @SuppressWarnings("unchecked")
                    List<List<Object>> labels = (List<List<Object>>) b.js(LABELS);
                    if (labels.isEmpty()) problems.add(path + " at " + width + " px: no chart shown");
                    double max = 0;
                    for (int a = 0; a < labels.size(); a++) {
                        max = Math.max(max, n(labels.get(a), 4));
                        for (int c = a + 1; c < labels.size(); c++) {
                            if (overlap(labels.get(a), labels.get(c))) {
                                problems.add(path + " at " + width + " px, text " + px + " px: '" + labels.get(a).get(5)
                                        + "' overlaps '" + labels.get(c).get(5) + "'");
                            }
                        }
                    }
                    heights[i] = max;
                    // The chart stays inside its column (the page's own reflow at 200 % is the layout tests' concern).
                    long over = ((Number) b.js("let o = 0; for (const f of document.querySelectorAll('.indicator-chart')) "
                            + "o = Math.max(o, f.scrollWidth - f.clientWidth, f.getBoundingClientRect().right - f.parentElement.getBoundingClientRect().right);"
                            + " return Math.round(o);")).longValue();
                    if (over > 0) problems.add(path + " at " + width + " px, text " + px + " px: the chart overflows its column by " + over + " px");
                }
                if (!(heights[1] > heights[0] * 1.2)) {
                    problems.add(path + " at " + width + " px: the labels do not grow with the text (" + heights[0] + " → " + heights[1] + " px)");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static double n(List<Object> box, int i) { return ((Number) box.get(i)).doubleValue(); }

    /** Two boxes share more than half a pixel each way (antialiasing may touch). */
    private static boolean overlap(List<Object> a, List<Object> b) {
        return Math.min(n(a, 2), n(b, 2)) - Math.max(n(a, 0), n(b, 0)) > 0.5
                && Math.min(n(a, 3), n(b, 3)) - Math.max(n(a, 1), n(b, 1)) > 0.5;
    }

    @Test
    void anotherSiteMayFrameTheEmbedPageButNoOtherPage() throws Exception {
        Browser b = Browser.get();
        // The site is served at 127.0.0.1; "localhost" is another origin, serving a page with two frames.
        String site = b.baseUrl;
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String html = "<!DOCTYPE html><html lang=en><title>other site</title>"
                + "<iframe id=embed title=embed src='" + site + "tien-do/mau-ty-le-truc-tuyen/embed/'></iframe>"
                + "<iframe id=page title=page src='" + site + "tien-do/mau-ty-le-truc-tuyen/'></iframe>";
        other.createContext("/", ex -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        other.start();
        try {
            b.driver.manage().logs().get("browser"); // forget earlier messages
            b.driver.get("http://localhost:" + other.getAddress().getPort() + "/");
            Thread.sleep(1500);
            List<String> refusals = new ArrayList<>();
            b.driver.manage().logs().get("browser").forEach(e -> {
                if (e.getMessage().contains("frame-ancestors")) refusals.add(e.getMessage());
            });
            assertEquals(1, refusals.size(), "only the ordinary page is refused: " + refusals);
            assertTrue(refusals.get(0).contains("frame-ancestors 'none'"), refusals.get(0));
            b.driver.switchTo().frame(b.driver.findElement(By.id("embed")));
            List<WebElement> h1 = b.driver.findElements(By.cssSelector("h1.embed-figure__name"));
            assertEquals(1, h1.size(), "the embed page is shown in the other site's frame");
            b.driver.switchTo().defaultContent();
        } finally {
            other.stop(0);
        }
    }
}
