package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Language;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {
    private final Formats vi = new Formats(Language.VI);
    private final Formats en = new Formats(Language.EN);
    private final LocalDate resolution = LocalDate.of(2022, 1, 20);

    @Test
    void datesAsEachLanguageWritesThem() {
        assertEquals("20/1/2022", vi.date(resolution));
        assertEquals("1/7/2025", vi.date(LocalDate.of(2025, 7, 1)));
        assertEquals("1 July 2025", en.date(LocalDate.of(2025, 7, 1)));
        assertEquals("30/12/2025", vi.date(LocalDate.of(2025, 12, 30)));
        assertEquals("ngày 20 tháng 1 năm 2022", vi.longDate(resolution));
        assertEquals("20 January 2022", en.date(resolution));
        assertEquals("20 January 2022", en.longDate(resolution));
    }

    @Test
    void numbersWithTheLanguagesSeparators() {
        assertEquals("1.234,5", vi.number(new BigDecimal("1234.5"), 2));
        assertEquals("1,234.5", en.number(new BigDecimal("1234.5"), 2));
        assertEquals("704.828", vi.number(new BigDecimal("704828"), 0));
        assertEquals("38,09", vi.number(new BigDecimal("38.09"), 2));
        assertEquals("−3", en.number(new BigDecimal("-3"), 0));
        assertEquals("92,5", vi.number(new BigDecimal("92.5"), 2));
        assertEquals("92.5", en.number(new BigDecimal("92.5"), 2));
        assertEquals("1.618", vi.number(new BigDecimal("1618"), 2));
        assertEquals("1,618", en.number(new BigDecimal("1618"), 2));
    }

    @Test
    void periodsAsTheSourcesGiveThem() {
        assertEquals("tháng 11/2022", vi.period("2022-11"));
        assertEquals("November 2022", en.period("2022-11"));
        assertEquals("25/11/2022", vi.period("2022-11-25"));
        assertEquals("1/7/2025", vi.period("2025-07-01"));
        assertEquals("1 July 2025", en.period("2025-07-01"));
        assertEquals("2023", en.period("2023"));
        assertEquals("2025-08/09", en.period("2025-08/09"));
    }

    @Test
    void doesNotDependOnTheMachinesLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertEquals("1,234.5", en.number(new BigDecimal("1234.5"), 2));
            assertEquals("1.234,5", vi.number(new BigDecimal("1234.5"), 2));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
