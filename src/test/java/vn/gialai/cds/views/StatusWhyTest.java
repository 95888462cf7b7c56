package vn.gialai.cds.views;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.data.Localized;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.StatusCalculator;
import vn.gialai.cds.indicators.Target;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The everyday sentence after every status badge, computed from the reason the status calculation gives. */
class StatusWhyTest {
    private static final String BEFORE = "province-before-merger";
    private static final String AFTER = "province-after-merger";
    private static final Map<Language, Messages> MESSAGES = MessagesLoader.load(Path.of("").toAbsolutePath(), new Problems());
    private final StatusCalculator calc = new StatusCalculator();

    static Observation obs(String period, double value, String territory) {
        return new Observation(period, value, null, null, territory, "S10", "quoted", null);
    }

    static Target target(int year, String op, double value, String territory) {
        return new Target(year, op, value, null, new Localized("t", "t"), territory, List.of("S07"), "quoted", null);
    }

    static Indicator ind(Observation baseline, List<Target> targets, Observation... observations) {
        return new Indicator("x", "x", new Localized("x", "x"), new Localized("x", "x"), "digital-government", List.of(), "province",
                "percent", new Localized("%", "%"), "higher-is-better", false, baseline, targets, new ArrayList<>(List.of(observations)),
                List.of("S10"), List.of(), "2026-11-27");
    }

    private String why(Indicator i, Language lang) {
        return IndicatorViewFactory.why(calc.assess(i), i, MESSAGES.get(lang));
    }

    @Test
    void aTargetForTheOldProvinceBesideAFigureForTheNewOneSaysTheyCannotBeCompared() {
        // the case of gl-tthc-online-records: 92,5 % for the merged province, ≥ 80 % set for the old one
        Indicator i = ind(null, List.of(target(2025, ">=", 80, BEFORE)), obs("2022", 51.4, BEFORE), obs("2025-09-21/2025-10-20", 92.5, AFTER));
        assertEquals(Assessment.Reason.NO_TARGET_FOR_TERRITORY, calc.assess(i).reason());
        assertEquals("Mục tiêu được đặt cho “Tỉnh Gia Lai (trước ngày 1/7/2025)”, còn số liệu này là của “Tỉnh Gia Lai (từ ngày 1/7/2025)”,"
                + " nên hai con số không so sánh được với nhau.", why(i, Language.VI));
        String en = why(i, Language.EN);
        assertTrue(en.startsWith("The target was set for “") && en.endsWith("so the two cannot be compared."), en);
    }

    @Test
    void everyReasonHasItsOwnSentenceInBothLanguages() {
        List<Indicator> cases = List.of(
                ind(null, List.of()),                                                                             // no targets
                ind(null, List.of(new Target(2025, "qualitative", null, null, new Localized("t", "t"), BEFORE, List.of("S07"), "quoted", null))),
                ind(null, List.of(target(2025, ">=", 100, BEFORE))),                                              // no figure
                ind(null, List.of(target(2025, ">=", 80, BEFORE)), obs("2025", 92.5, AFTER)),                   // other territory
                ind(null, List.of(target(2025, ">=", 80, BEFORE)), obs("2024", 85, BEFORE)),                    // met
                ind(null, List.of(target(2023, ">=", 80, BEFORE)), obs("2024", 50, BEFORE)),                    // deadline passed
                ind(null, List.of(target(2025, ">=", 80, BEFORE)), obs("2024", 50, BEFORE)),                    // one figure
                ind(obs("2021", 40, BEFORE), List.of(target(2025, ">=", 80, BEFORE)), obs("2023", 60, BEFORE)), // on track
                ind(obs("2021", 40, BEFORE), List.of(target(2025, ">=", 80, BEFORE)), obs("2023", 50, BEFORE)), // speed up
                ind(obs("2021", 40, BEFORE), List.of(target(2025, ">=", 80, BEFORE)), obs("2023", 41, BEFORE))); // behind
        for (Language lang : Language.values()) {
            List<String> sentences = cases.stream().map(i -> why(i, lang)).toList();
            assertEquals(sentences.size(), sentences.stream().distinct().count(), "one sentence per case: " + sentences);
            for (String s : sentences) {
                assertFalse(s.isBlank() || s.contains("{"), s);
                assertTrue(s.endsWith("."), "a whole sentence: " + s);
            }
        }
    }
}
