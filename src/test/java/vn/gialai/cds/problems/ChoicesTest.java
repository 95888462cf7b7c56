package vn.gialai.cds.problems;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.vocabulary.Language;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unknown value in a header: a short list is given whole, a long one as the nearest values and where the rest are. */
class ChoicesTest {
    /** Sixty ids shaped like the indicators' (gl-…), one of them the editor's target. */
    static List<String> manyIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) ids.add("gl-indicator-" + i);
        ids.add("gl-bts");
        ids.add("gl-5g");
        ids.add("gl-de-grdp");
        return ids;
    }

    @Test
    void aMistypedIdAmongManyIsAnsweredWithTheRightOneFirstAndWhereAllAreListed() {
        Msg m = Choices.unknownListValue("indicators", "gl-btss", manyIds(), "data/indicators/");
        String en = m.in(Language.EN);
        assertTrue(en.startsWith("indicators: 'gl-btss' is unknown. The nearest: gl-bts, "), en);
        assertTrue(en.contains("All 63 are in data/indicators/"), en);
        assertFalse(en.contains("gl-indicator-59"), "not the whole list: " + en);
        String vi = m.in(Language.VI);
        assertTrue(vi.startsWith("indicators: 'gl-btss' không có trong danh sách. Gần nhất: gl-bts, "), vi);
        assertTrue(vi.contains("Đủ 63 mã ở data/indicators/"), vi);
    }

    @Test
    void caseIsIgnoredAndAtMostThreeAreNamed() {
        List<String> near = Choices.nearest("GL-DE-GRDP", manyIds());
        assertEquals("gl-de-grdp", near.get(0));
        assertEquals(Choices.NEAREST, near.size());
    }

    @Test
    void aSlipOfTheKeysIsCloseAndAnotherWordIsNot() {
        assertTrue(Choices.close("unt", "unit"));
        assertTrue(Choices.close("Headlin", "headline"));
        assertFalse(Choices.close("id", "unit"), "two letters of two are another word");
        assertFalse(Choices.close("notes", "unit"));
    }

    @Test
    void aShortListIsGivenWhole() {
        List<String> pillars = List.of("digital-government", "digital-economy", "digital-society");
        assertEquals("pillars: 'digital-goverment' is unknown. Use one of: digital-government, digital-economy, digital-society.",
                Choices.unknownListValue("pillars", "digital-goverment", pillars, "data/").in(Language.EN));
    }

    @Test
    void aMisspeltNameIsAnsweredWithTheOneMeantAndNothingWhenNoneIsClose() {
        List<String> fields = List.of("date", "imageAlt", "lang", "summary", "tags", "title", "translationKey");
        assertEquals(java.util.Optional.of("summary"), Choices.meant("sumary", fields));
        assertEquals(java.util.Optional.of("translationKey"), Choices.meant("translationkey", fields));
        assertEquals(java.util.Optional.of("title"), Choices.meant("titel", fields));
        assertEquals(java.util.Optional.of("imageAlt"), Choices.meant("imageAtl", fields), "two neighbours swapped count as one slip");
        assertEquals(java.util.Optional.of("unit"), Choices.meant("unti", List.of("name", "unit", "value")), "even in a short name");
        assertEquals(java.util.Optional.empty(), Choices.meant("author", fields));
        assertEquals(java.util.Optional.empty(), Choices.meant("x", fields), "one letter is not a slip from a two-letter-away name");
    }
}
