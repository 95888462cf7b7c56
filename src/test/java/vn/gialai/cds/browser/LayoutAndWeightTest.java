package vn.gialai.cds.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.PageTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a phone shows: screenshots of every page type at 360×800 and 1280×800 (target/screenshots/), no sideways
 * scrolling at 360 px, no request to another site, and a weight budget for what the page loads.
 */
class LayoutAndWeightTest {
    static final Path SHOTS = Path.of("target/screenshots");

    static Stream<PageTypes.Sample> pages() { return PageTypes.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fitsAPhoneAndIsScreenshotted(PageTypes.Sample sample) throws IOException {
        Browser b = Browser.get();
        Files.createDirectories(SHOTS);
        // one load, then the same page resized: CSS media queries decide the layout (the site's scripts do not)
        b.open(sample.path(), 1280, 800);
        for (int width : new int[]{1280, 360, 320}) {
            if (width != 1280) b.driver.manage().window().setSize(new Dimension(width, 800));
            assertEquals(width, ((Number) b.js("return window.innerWidth")).intValue(), "viewport width");
            if (width != 320) Files.write(SHOTS.resolve(sample.name() + "-" + width + ".png"), b.driver.getScreenshotAs(OutputType.BYTES));
            long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
            if (scroll > width) {
                Object culprit = b.js("""
                        const w = document.documentElement.clientWidth;
                        for (const el of document.querySelectorAll('body *')) {
                          const r = el.getBoundingClientRect();
                          if (r.right > w + 1) return el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + el.outerHTML.slice(0, 120);
                        }
                        return 'unknown';""");
                throw new AssertionError("/" + sample.path() + " scrolls sideways at " + width + " px (" + scroll + " px wide); widest: " + culprit);
            }
        }
    }

    /** What one load of a page at 360 px requested and what the browser's console said: read by the two tests below. */
    record Visit(List<String> urls, List<String> refusals) {}

    private static final Map<String, Visit> VISITS = new HashMap<>();

    @SuppressWarnings("unchecked")
    private static Visit visit(PageTypes.Sample sample) {
        return VISITS.computeIfAbsent(sample.path(), path -> {
            Browser b = Browser.get();
            b.driver.manage().logs().get(LogType.BROWSER); // clear what earlier pages logged
            b.open(path, 360, 800);
            List<String> urls = new ArrayList<>((List<String>) b.js(
                    "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))"));
            return new Visit(urls, refusals(b));
        });
    }

    private static List<String> refusals(Browser b) {
        return b.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsNothingFromAnotherSiteAndStaysWithinItsWeightBudget(PageTypes.Sample sample) throws IOException {
        String origin = URI.create(Browser.get().baseUrl).getAuthority();
        long total = 0;
        List<String> counted = new ArrayList<>();
        for (String url : visit(sample).urls()) {
            URI u = URI.create(url);
            assertEquals(origin, u.getAuthority(), "/" + sample.path() + " requests another site: " + url);
            String path = u.getPath().substring(1);
            if (path.isEmpty() || path.endsWith("/")) path += "index.html";
            if (!path.matches(".*\\.(html|css|js|mjs|woff2?|ttf|otf)$")) continue; // images are not counted
            Path file = BuiltSite.get().out.resolve(path);
            long gz = gzipSize(Files.readAllBytes(file));
            total += gz;
            counted.add(path + " " + gz + " B");
        }
        assertTrue(counted.stream().anyMatch(c -> c.contains(".css ")), "the stylesheet is counted: " + counted);
        long budget = sample.budgetKb() * 1024L;
        assertTrue(total <= budget, "/" + sample.path() + " loads " + total + " B gzipped, over its budget of "
                + budget + " B: " + counted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theContentSecurityPolicyRefusesNothing(PageTypes.Sample sample) {
        List<String> refused = visit(sample).refusals();
        assertTrue(refused.isEmpty(), "/" + sample.path() + ": " + refused);
    }

    @org.junit.jupiter.api.Test
    void theConsoleCheckSeesARefusal() throws Exception {
        // the check above reads the browser's console: prove it would see a refusal, with an image from another site
        Browser b = Browser.get();
        b.driver.manage().logs().get(LogType.BROWSER);
        b.open("en/", 360, 800);
        b.js("const i = document.createElement('img'); i.src = 'https://elsewhere.example/x.png'; document.body.append(i);");
        List<String> refused = List.of();
        for (int i = 0; i < 20 && refused.isEmpty(); i++) {
            Thread.sleep(100);
            refused = refusals(b);
        }
        assertTrue(refused.stream().anyMatch(m -> m.contains("elsewhere.example")), "the console showed: " + refused);
    }

    static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
