package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The home page puts what a visitor came for first: after the heading, the key figures with their status, then the latest news, then the ways into the programme. */
class HomeOrderTest {
    @Test
    void figuresWithTheirStatusThenLatestNewsThenPillarsAndSectors() {
        for (String home : List.of("index.html", "en/index.html")) {
            Document d = BuiltSite.get().page(home);
            List<String> order = d.select("main h2").stream().map(Element::id)
                    .filter(id -> List.of("indicators-heading", "latest-news-heading", "home-pillars", "home-sectors").contains(id)).toList();
            assertEquals(List.of("indicators-heading", "latest-news-heading", "home-pillars", "home-sectors"), order, home);
            assertNotNull(d.selectFirst("#indicators .progress-status + .progress-status__why"), home + ": each figure's status says why");
        }
    }
}
