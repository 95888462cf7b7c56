package vn.gialai.cds.components;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** templates/components/card-list: a section lists its pages in their order, each with its summary. */
class CardListTest {
    @Test
    void sectorsSectionListsTheEightSectorsInOrder() {
        var titles = BuiltSite.get().page("en/sectors/index.html").select(".card-list__title a").eachText();
        assertEquals(List.of("Agriculture", "Education and training", "Health", "Transport and logistics",
                "Industry and energy", "Natural resources and environment", "Tourism", "Finance and banking"), titles);
        assertEquals(8, BuiltSite.get().page("linh-vuc/index.html").select(".card-list__item p").size());
    }
}
