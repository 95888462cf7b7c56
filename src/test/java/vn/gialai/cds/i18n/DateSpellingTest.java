package vn.gialai.cds.i18n;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.vocabulary.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates inside notes: one spelling per language, and the spelling to write instead. */
class DateSpellingTest {
    private static List<DateSpelling.Finding> vi(String s) { return DateSpelling.check(s, Language.VI); }
    private static List<DateSpelling.Finding> en(String s) { return DateSpelling.check(s, Language.EN); }

    @Test
    void vietnameseWritesDayMonthYearWithoutLeadingZerosOrInWords() {
        assertEquals(List.of(), vi("Báo đăng ngày 17/9/2025, họp ngày 17 tháng 9 năm 2025, số liệu tháng 9/2025, từ 1/7 đến 24/8/2025."));
        assertEquals(List.of(new DateSpelling.Finding("30-12-2025", "30/12/2025")), vi("VietNamNet đăng ngày 30-12-2025."));
        assertEquals(List.of(new DateSpelling.Finding("21/09/2025", "21/9/2025")), vi("Từ 21/09/2025."));
        assertEquals(List.of(new DateSpelling.Finding("02/11/2023", "2/11/2023")), vi("Ký ngày 02/11/2023."));
        assertEquals(List.of(new DateSpelling.Finding("2025-12-30", "30/12/2025")), vi("Đăng 2025-12-30."));
        assertEquals(List.of(new DateSpelling.Finding("2025-08/09", "tháng 8–9/2025")), vi("Đăng khoảng 2025-08/09."));
        assertEquals(List.of(new DateSpelling.Finding("2026-01", "tháng 1/2026")), vi("Kế hoạch 2026-01."));
    }

    @Test
    void englishWritesDayMonthNameYear() {
        assertEquals(List.of(), en("Published on 17 September 2025, figures for September 2025, 1 July to 24 August 2025."));
        assertEquals(List.of(new DateSpelling.Finding("30-12-2025", "30 December 2025")), en("Published on 30-12-2025."));
        assertEquals(List.of(new DateSpelling.Finding("25/11/2022", "25 November 2022")), en("Conference 25/11/2022."));
        assertEquals(List.of(new DateSpelling.Finding("30 Dec 2025", "30 December 2025")), en("VietNamNet, 30 Dec 2025."));
        assertEquals(List.of(new DateSpelling.Finding("Oct 2025", "October 2025")), en("Sub-index, Oct 2025."));
        assertEquals(List.of(new DateSpelling.Finding("September 17, 2025", "17 September 2025")), en("On September 17, 2025."));
        assertEquals(List.of(new DateSpelling.Finding("2025-08/09", "August–September 2025")), en("Published 2025-08/09."));
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertEquals(List.of(), vi("Giai đoạn 2023-2025, 5-10% mỗi năm, xếp thứ 31/34, 1331/KH-UBND, 107.152/115.865 hồ sơ."));
        assertEquals(List.of(), en("The 2023-2025 plan, 5-10% a year, rank 31/34, Plan 1331/KH-UBND, 107,152 of 115,865."));
    }
}
