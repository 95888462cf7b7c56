package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dates and numbers as each language writes them. The symbols are spelled out here rather than taken
 * from the JDK's locale data, so the output is the same on every machine.
 */
public final class Formats {
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final Language language;

    public Formats(Language language) { this.language = language; }

    /**
     * The one date style of each language: Vietnamese d/m/yyyy ("1/7/2025", no leading zeros), English d Month yyyy
     * ("1 July 2025"). Every date the build writes for a reader goes through here.
     */
    public String date(LocalDate d) {
        if (d == null) return "";
        if (language == Language.VI) {
            return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
        }
        return d.getDayOfMonth() + " " + EN_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** Vietnamese "ngày 20 tháng 1 năm 2022", English "20 January 2022". */
    public String longDate(LocalDate d) {
        if (d == null) return "";
        if (language == Language.VI) {
            return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
        }
        return date(d);
    }

    /** Vietnamese "tháng 11/2022", English "November 2022". */
    public String month(int year, int month) {
        if (language == Language.VI) return "tháng " + month + "/" + year;
        return EN_MONTHS[Month.of(month).getValue() - 1] + " " + year;
    }

    /**
     * The one number style of each language: Vietnamese "1.234,5" (92,5; 1.618), English "1,234.5" (92.5; 1,618); at
     * most the given number of decimals, no trailing zeros. Every number the build writes for a reader goes through here.
     */
    public String number(BigDecimal value, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(language == Language.VI ? ',' : '.');
        symbols.setGroupingSeparator(language == Language.VI ? '.' : ',');
        symbols.setMinusSign('−');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    public String number(double value) {
        return number(BigDecimal.valueOf(value), 2);
    }

    /**
     * A period written in the sources as "2022", "2022-11", "2022-11-25" or something looser
     * ("2025-08/09"), in this language. Unknown shapes are shown as written.
     */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) return "";
        if (iso.matches("\\d{4}")) return iso;
        if (iso.matches("\\d{4}-\\d{2}")) {
            return month(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)));
        }
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return date(LocalDate.parse(iso));
            } catch (RuntimeException e) {
                return iso;
            }
        }
        return iso;
    }
}
