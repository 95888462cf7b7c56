package vn.gialai.cds.views;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.data.Localized;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.indicators.Observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When two figures conflict, and the source names a figure shows. */
class FiguresTest {
    private static final String AFTER = "province-after-merger";

    private static Observation o(String period, Double value, String territory, String source) {
        return new Observation(period, value, null, null, territory, source, "quoted", null);
    }

    private static Observation words(String text, String source) {
        return new Observation("2025-12", null, null, new Localized(text, text), AFTER, source, "quoted", null);
    }

    @Test
    void twoSourcesGivingAnotherValueForTheSamePeriodAndTerritoryConflict() {
        assertTrue(Figures.conflicts(o("2025-10", 72.5, AFTER, "S03"), o("2025-10", 70.0, AFTER, "S02")));
        assertTrue(Figures.conflicts(words("734 trạm", "S24"), words("167 trạm", "S23")), "figures in words too");
    }

    @Test
    void otherwiseTheyDoNot() {
        assertFalse(Figures.conflicts(o("2025-10", 72.5, AFTER, "S03"), o("2025-10", 72.5, AFTER, "S02")), "the same value");
        assertFalse(Figures.conflicts(o("2025-10", 72.5, AFTER, "S03"), o("2025-10", 70.0, AFTER, "S03")), "one source");
        assertFalse(Figures.conflicts(o("2025-10", 72.5, AFTER, "S03"), o("2025-09", 70.0, AFTER, "S02")), "another period");
        assertFalse(Figures.conflicts(o("2025", 72.5, AFTER, "S03"), o("2025", 70.0, "province-before-merger", "S02")),
                "another territory");
    }

    @Test
    void aSourcesShortNameIsTheOneWrittenForThePagesLanguage() {
        Source s = new Source("S24", new Localized("Báo Gia Lai", "Gia Lai newspaper"), "Tiêu đề", "vi",
                "Báo Gia Lai (baogialai.com.vn)", "2026-01-24", "https://x.example", null);
        assertEquals("Báo Gia Lai", s.shortName(Language.VI));
        assertEquals("Gia Lai newspaper", s.shortName(Language.EN));
        assertEquals("Tiêu đề (Báo Gia Lai)", s.fullName(Language.VI));
        assertEquals("S99", new Source("S99", null, "", "vi", "", "", "https://x.example", null).shortName(Language.VI),
                "the id when there is no short name");
    }
}
