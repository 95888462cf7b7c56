package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/main-nav: the sections, with the one the visitor is in marked. */
class MainNavTest {
    private final BuiltSite built = BuiltSite.get();
    /** site.menu in the fixture's jbake.properties. */
    private static final List<String> MENU = List.of("programme", "pillars", "sectors", "progress", "news", "tasks", "documents", "about");

    @Test
    void listsTheSectionsInTheMenuOrderWithTheirLabels() {
        for (String lang : List.of("vi", "en")) {
            var links = built.page(lang.equals("vi") ? "index.html" : "en/index.html").select("nav.main-nav a");
            assertEquals(MENU.stream().map(k -> Interface.text(lang, "menu." + k)).toList(), links.eachText(), lang);
        }
        assertEquals(List.of("/chuong-trinh/", "/tru-cot/", "/linh-vuc/", "/tien-do/", "/tin-tuc/", "/nhiem-vu-giai-phap/", "/van-ban/",
                "/gioi-thieu/"), built.page("index.html").select("nav.main-nav a").eachAttr("href"));
    }

    @Test
    void marksTheSectionOfTheCurrentPage() {
        Element current = built.page("linh-vuc/y-te/index.html").selectFirst("nav.main-nav a[aria-current]");
        assertEquals("/linh-vuc/", current.attr("href"));
        assertEquals("true", current.attr("aria-current"));
        assertEquals(1, built.page("linh-vuc/y-te/index.html").select("nav.main-nav a[aria-current]").size());
        Element self = built.page("linh-vuc/index.html").selectFirst("nav.main-nav a[aria-current]");
        assertEquals("page", self.attr("aria-current"));
        assertTrue(built.page("index.html").select("nav.main-nav a[aria-current]").isEmpty(), "the home page is in no section");
    }
}
