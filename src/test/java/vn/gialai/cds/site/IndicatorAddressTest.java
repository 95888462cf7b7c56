package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Vietnamese indicator page has a Vietnamese address (its data's slugVi: /tien-do/mau-chi-so-quoc-gia/), the
 * English one keeps the id (/en/progress/mau-quoc-gia/), and the two link to each other.
 */
class IndicatorAddressTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void theVietnamesePageIsAtItsVietnameseSlugAndTheEnglishAtTheId() {
        Document vi = built.page("tien-do/mau-chi-so-quoc-gia/index.html");
        assertFalse(built.pages.containsKey("tien-do/mau-quoc-gia/index.html"), "no page at the id in Vietnamese");
        Document en = built.page("en/progress/mau-quoc-gia/index.html");
        assertEquals("/en/progress/mau-quoc-gia/", vi.selectFirst("nav.language-switcher a").attr("href"));
        assertEquals("/tien-do/mau-chi-so-quoc-gia/", en.selectFirst("nav.language-switcher a").attr("href"));
        assertTrue(vi.selectFirst("link[rel=canonical]").attr("href").endsWith("/tien-do/mau-chi-so-quoc-gia/"));
        // the news article that names it as related links the Vietnamese address
        Document news = built.page("tin-tuc/bai-mau-ha-tang-so/index.html");
        assertNotNull(news.selectFirst("a[href=/tien-do/mau-chi-so-quoc-gia/]"), "the related indicator's link");
        assertTrue(built.pages.values().stream().noneMatch(d -> d.selectFirst("a[href=/tien-do/mau-quoc-gia/]") != null),
                "no page links the Vietnamese page by its id");
    }
}
