package vn.gialai.cds.components;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** templates/components/card-list: a section lists its pages in their order, each with its summary. */
class CardListTest {
    @Test
    void sectorsSectionListsItsSectorsInOrderWithTheirSummaries() {
        var en = BuiltSite.get().page("en/sectors/index.html");
        assertEquals(List.of("Agriculture", "Health", "Tourism"), en.select(".card-list__title a").eachText());
        assertEquals(List.of("/en/sectors/agriculture/", "/en/sectors/health/", "/en/sectors/tourism/"),
                en.select(".card-list__title a").eachAttr("href"));
        var vi = BuiltSite.get().page("linh-vuc/index.html").select(".card-list__item p");
        assertEquals(3, vi.size());
        assertEquals("Trang lĩnh vực mẫu về nông nghiệp, dùng để kiểm thử trang chuyển đổi số; nội dung không phải thông tin thật.",
                vi.get(0).text(), "the summary from the page's header");
    }
}
