package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/source-list: every source in data/sources.json, each with its own anchor. */
class SourceListTest {
    @Test
    void listsEverySourceWithAnAnchorALinkAndItsDate() {
        for (String page : new String[]{"gioi-thieu/index.html", "en/about/index.html"}) {
            var items = BuiltSite.get().page(page).select(".source-list li[id^=source-]");
            assertEquals(List.of("source-S01", "source-S02", "source-S03", "source-N01", "source-B01"), items.eachAttr("id"),
                    page + ": the fixture's five sources, in the file's order");
        }
        Element s03 = BuiltSite.get().page("gioi-thieu/index.html").getElementById("source-S03");
        assertTrue(s03.text().contains("25/11/2022"), s03.text());
        assertEquals("https://nguon-mau.example/s03", s03.selectFirst("a").attr("href"));
        Element s03en = BuiltSite.get().page("en/about/index.html").getElementById("source-S03");
        assertTrue(s03en.text().contains("25 November 2022"), s03en.text());
    }
}
