package vn.gialai.cds.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import vn.gialai.cds.support.Axe;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.PageTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) in Chromium, on every page type in both languages, at 1280 px and then,
 * the same page resized, at 360 px: zero violations.
 */
class AccessibilityTest {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Stream<PageTypes.Sample> pages() { return PageTypes.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcagViolations(PageTypes.Sample sample) {
        Browser b = Browser.get();
        b.open(sample.path(), 1280, 800);
        List<String> found = new ArrayList<>();
        for (int width : new int[]{1280, 360}) {
            if (width != 1280) b.driver.manage().window().setSize(new Dimension(width, 800));
            assertEquals(width, ((Number) b.js("return window.innerWidth")).intValue(), "viewport width");
            // the embed page is one figure, a chart and two links: it meets fewer rules than a whole page
            Axe.violations(b.driver, TAGS, "embed".equals(sample.type()) ? 8 : 20)
                    .forEach(v -> found.add("/" + sample.path() + " at " + width + " px: " + v));
        }
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }
}
