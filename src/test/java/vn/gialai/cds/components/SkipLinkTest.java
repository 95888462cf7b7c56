package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** templates/components/skip-link: the first thing in every page, leading to the main content. */
class SkipLinkTest {
    @Test
    void isTheFirstLinkOfEveryPageAndLeadsToMain() {
        BuiltSite.get().sitePages.forEach((path, doc) -> {
            Element first = doc.body().selectFirst("a");
            assertEquals("skip-link", first.className(), path);
            assertEquals("#main-content", first.attr("href"), path);
            assertNotNull(doc.getElementById("main-content"), path);
            assertEquals("main", doc.getElementById("main-content").tagName(), path);
        });
    }
}
