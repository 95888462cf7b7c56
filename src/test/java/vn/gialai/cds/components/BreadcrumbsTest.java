package vn.gialai.cds.components;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/breadcrumbs: home, then the section, then the page itself as text. */
class BreadcrumbsTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void showsHomeSectionAndPage() {
        var crumbs = built.page("en/sectors/health/index.html").select("nav.breadcrumbs li");
        assertEquals(List.of("Home", "Priority sectors", "Health"), crumbs.eachText());
        assertEquals("/en/", crumbs.get(0).selectFirst("a").attr("href"));
        assertEquals("/en/sectors/", crumbs.get(1).selectFirst("a").attr("href"));
        assertEquals("page", crumbs.get(2).attr("aria-current"));
        assertTrue(crumbs.get(2).select("a").isEmpty(), "the current page is not a link");
    }

    @Test
    void homePageHasNone() {
        assertTrue(built.page("index.html").select("nav.breadcrumbs").isEmpty());
    }
}
