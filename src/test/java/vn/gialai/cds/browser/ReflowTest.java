package vn.gialai.cds.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.OutputType;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.PageTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reflow (WCAG 2.1 1.4.4 and 1.4.10) on every page type in both languages, in two situations a reader meets:
 * <ul>
 *   <li>a 360 px phone with the browser's text size at 200 %: the browser's default font size set to 32 px, as the
 *   "font size: very large" setting does. It is set with Chromium's own setting (DevTools {@code Page.setFontSizes},
 *   the value behind chrome://settings/fonts), not by injecting {@code html{font-size:200%}}: the setting also moves
 *   every {@code em} media query (40em becomes 1280 px), as a reader's browser does, and injected CSS would not;</li>
 *   <li>1280 px at 400 % zoom, which is a 320 CSS px wide viewport with text at 100 %.</li>
 * </ul>
 * Each time: the page does not scroll sideways; every visible control (link, button, field, summary) lies within the
 * page's width, or within a container that scrolls on its own; no two boxes of text overlap; no text is cut off by a
 * box that hides what overflows. Screenshots go to target/screenshots/reflow-&lt;page&gt;-&lt;case&gt;.png.
 */
class ReflowTest {
    static final Path SHOTS = Path.of("target/screenshots");
    static final int DEFAULT_FONT = 16;
    static final int LARGE_TEXT = 32;

    static Stream<PageTypes.Sample> pages() { return PageTypes.all().stream(); }

    @AfterEach
    void normalText() {
        fontSize(DEFAULT_FONT);
    }

    @ParameterizedTest(name = "{0} at 360 px, text 200 %")
    @MethodSource("pages")
    void reflowsAt360PxWithTextAt200Percent(PageTypes.Sample sample) throws IOException {
        fontSize(LARGE_TEXT);
        check(sample, 360, "360-text200");
    }

    @ParameterizedTest(name = "{0} at 320 px (1280 px at 400 %)")
    @MethodSource("pages")
    void reflowsAt320Px(PageTypes.Sample sample) throws IOException {
        check(sample, 320, "320");
    }

    /** The browser's default font size, as the reader's setting makes it; 16 px is Chromium's default. */
    static void fontSize(int px) {
        Browser.get().driver.executeCdpCommand("Page.setFontSizes",
                Map.of("fontSizes", Map.of("standard", px, "fixed", px * 13 / 16)));
    }

    @SuppressWarnings("unchecked")
    static void check(PageTypes.Sample sample, int width, String name) throws IOException {
        Browser b = Browser.get();
        b.open(sample.path(), width, 800);
        Number rootFont = (Number) b.js("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("reflow-" + sample.name() + "-" + name + ".png"), b.driver.getScreenshotAs(OutputType.BYTES));
        List<String> faults = (List<String>) b.js(Reflow.SCRIPT);
        assertTrue(faults.isEmpty(), "/" + sample.path() + " at " + width + " px, root font " + rootFont + " px: "
                + String.join("\n  ", faults));
    }
}
