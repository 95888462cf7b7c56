package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The home page puts what a visitor came for first: after the heading and a one-sentence lead, doing procedures online
 * (the public-service portals), the key figures with their status, the latest news; then the programme's longer
 * introduction and the ways into it.
 */
class HomeOrderTest {
    @Test
    void figuresWithTheirStatusThenLatestNewsThenPillarsAndSectors() {
        for (String home : List.of("index.html", "en/index.html")) {
            Document d = BuiltSite.get().page(home);
            List<String> order = d.select("main h2").stream().map(Element::id)
                    .filter(id -> List.of("online-services", "indicators-heading", "latest-news-heading", "home-about", "home-pillars",
                            "home-sectors").contains(id)).toList();
            assertEquals(List.of("online-services", "indicators-heading", "latest-news-heading", "home-about", "home-pillars",
                    "home-sectors"), order, home);
            assertEquals(1, d.select(".home-intro p").size(), home + ": one sentence before the top task, the rest further down");
            assertNotNull(d.selectFirst("#indicators .progress-status + .progress-status__why"), home + ": each figure's status says why");
        }
    }
}
