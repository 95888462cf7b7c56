package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/source-list: every source in data/sources.json, each with its own anchor, in the page's language. */
class SourceListTest {
    private static final String VI = "gioi-thieu/index.html";
    private static final String EN = "en/about/index.html";

    @Test
    void listsEverySourceWithAnAnchorALinkAndItsDate() {
        for (String page : new String[]{VI, EN}) {
            var items = BuiltSite.get().page(page).select(".source-list li[id^=source-]");
            assertEquals(List.of("source-S01", "source-S02", "source-S03", "source-N01", "source-B01"), items.eachAttr("id"),
                    page + ": the fixture's five sources, in the file's order");
        }
        Element s03 = BuiltSite.get().page(VI).getElementById("source-S03");
        assertTrue(s03.text().contains("25/11/2022"), s03.text());
        assertEquals("https://nguon-mau.example/s03", s03.selectFirst("a").attr("href"));
        Element s03en = BuiltSite.get().page(EN).getElementById("source-S03");
        assertTrue(s03en.text().contains("25 November 2022"), s03en.text());
    }

    @Test
    void notesAndNamesAreInThePagesLanguageOnly() {
        Element vi = BuiltSite.get().page(VI).getElementById("source-S03");
        Element en = BuiltSite.get().page(EN).getElementById("source-S03");
        assertEquals("Ghi chú: Nguồn mẫu có đủ ngày tháng năm, dùng cho kiểm thử.", vi.selectFirst(".source-list__note").text());
        assertEquals("Note: Sample source with a full date, for the test fixture.", en.selectFirst(".source-list__note").text());
        assertFalse(vi.text().contains("Sample source"), "no English note on the Vietnamese page: " + vi.text());
        assertFalse(en.text().contains("Nguồn mẫu có đủ"), "no Vietnamese note on the English page: " + en.text());
        assertNull(vi.selectFirst(".source-list__note[lang]"), "a note in the page's language needs no lang attribute");
        assertEquals("Cơ quan mẫu", vi.selectFirst(".source-list__name").text());
        assertEquals("Sample agency", en.selectFirst(".source-list__name").text());
        assertTrue(vi.text().startsWith("Cơ quan mẫu, 25/11/2022: Nguồn mẫu 3"), vi.text());
        assertTrue(en.text().startsWith("Sample agency, 25 November 2022: Nguồn mẫu 3"), en.text());
        assertFalse(vi.ownText().contains("S03") || vi.text().startsWith("S03"), "the readable name, not the code: " + vi.text());
    }

    @Test
    void aSourceKnownOnlyToTwoMonthsIsWrittenAsTheLanguageWritesMonths() {
        Element vi = BuiltSite.get().page(VI).getElementById("source-B01");
        Element en = BuiltSite.get().page(EN).getElementById("source-B01");
        assertTrue(vi.text().contains("tháng 5/2025 – tháng 6/2025"), vi.text());
        assertTrue(en.text().contains("May 2025 – June 2025"), en.text());
        assertFalse(vi.text().contains("2025-05") || en.text().contains("2025-05"), "no raw date strings");
    }

    @Test
    void aTitleInTheOtherLanguageIsMarkedWithItsLanguage() {
        assertEquals("en", BuiltSite.get().page(VI).getElementById("source-N01").selectFirst("a").attr("lang"));
        assertEquals("", BuiltSite.get().page(EN).getElementById("source-N01").selectFirst("a").attr("lang"));
        assertEquals("vi", BuiltSite.get().page(EN).getElementById("source-S03").selectFirst("a").attr("lang"));
    }
}
