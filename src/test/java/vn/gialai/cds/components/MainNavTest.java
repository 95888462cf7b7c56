package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** templates/components/main-nav: the sections, with the one the visitor is in marked. */
class MainNavTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void listsTheSectionsInTheMenuOrder() {
        List<String> vi = built.page("index.html").select("nav.main-nav a").eachText();
        assertEquals(List.of("Chương trình", "Ba trụ cột", "Lĩnh vực ưu tiên", "Tiến độ", "Tin tức",
                "Nhiệm vụ, giải pháp", "Văn bản", "Giới thiệu và nguồn"), vi);
        assertEquals(8, built.page("en/index.html").select("nav.main-nav a").size());
    }

    @Test
    void marksTheSectionOfTheCurrentPage() {
        Element current = built.page("linh-vuc/y-te/index.html").selectFirst("nav.main-nav a[aria-current]");
        assertEquals("/linh-vuc/", current.attr("href"));
        assertEquals("true", current.attr("aria-current"));
        Element self = built.page("linh-vuc/index.html").selectFirst("nav.main-nav a[aria-current]");
        assertEquals("page", self.attr("aria-current"));
    }
}
