package vn.gialai.cds.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core in the page the browser shows: the axe.min.js that Deque's Selenium build ships (pinned in pom.xml), injected
 * once per page load and run in the top document with only the violations sent back. Deque's AxeBuilder does the same
 * work through a second browser window per run (its frame-by-frame mode) and sends every passed check back too, which
 * made the accessibility gate a third of the test run; our pages have no frames (checked here), so one run in the
 * document sees everything. The page may be resized between runs: the second run sees the layout at the new width.
 */
public final class Axe {
    private static final String SOURCE = read();
    static final int MIN_RULES = 20;

    private Axe() {}

    /** One line per violating element: "rule-id (help) on [selector]: html". */
    public static List<String> violations(Browser b, List<String> tags) {
        return violations(b.driver, tags, MIN_RULES);
    }

    /**
     * The same, in whatever page the driver shows; minRules is how many rules must have applied for the run to count
     * (a component alone on its page meets fewer than a whole page).
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(org.openqa.selenium.chrome.ChromeDriver driver, List<String> tags, int minRules) {
        org.openqa.selenium.JavascriptExecutor b = driver;
        Object frames = b.executeScript("return document.querySelectorAll('iframe, frame').length");
        if (((Number) frames).intValue() > 0) {
            throw new AssertionError("the page has frames: run axe in each frame too (Deque's AxeBuilder does) before trusting this gate");
        }
        if (!Boolean.TRUE.equals(b.executeScript("return typeof window.axe === 'object'"))) b.executeScript(SOURCE);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done({applied: r.passes.length + r.violations.length + r.incomplete.length,
                      violations: r.violations.map(v => ({id: v.id, help: v.help,
                        nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), html: n.html}))}))}))
                  .catch(e => done('axe failed: ' + e));""", tags);
        if (result instanceof String failure) throw new AssertionError(failure);
        Map<String, Object> r = (Map<String, Object>) result;
        int applied = ((Number) r.get("applied")).intValue();
        // a page with headings, links, landmarks and a form meets dozens of rules: a handful means axe did not really run
        if (applied < minRules) throw new AssertionError("axe applied only " + applied + " rules to " + driver.getCurrentUrl());
        List<String> found = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) r.get("violations")) {
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                String html = String.valueOf(node.get("html"));
                found.add(rule.get("id") + " (" + rule.get("help") + ") on " + node.get("target") + ": "
                        + (html.length() > 160 ? html.substring(0, 157) + "…" : html));
            }
        }
        return found;
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
