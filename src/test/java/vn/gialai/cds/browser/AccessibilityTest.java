package vn.gialai.cds.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.PageTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core (WCAG 2.0 and 2.1, levels A and AA) in Chromium, on every page type in both languages: zero violations. */
class AccessibilityTest {
    static Stream<PageTypes.Sample> pages() { return PageTypes.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcagViolations(PageTypes.Sample sample) {
        Browser b = Browser.get();
        for (int width : new int[]{1280, 360}) {
            b.open(sample.path(), width, 800);
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(b.driver);
            List<String> found = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(node -> found.add("/" + sample.path() + " at " + width + " px: " + rule.getId()
                        + " (" + rule.getHelp() + ") on " + node.getTarget() + ": " + abbreviate(node.getHtml())));
            }
            assertTrue(found.isEmpty(), () -> String.join("\n", found));
        }
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 157) + "…" : html;
    }
}
