package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Language;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for dates written inside text a visitor reads (notes, descriptions, the words of a target): Vietnamese
 * writes {@code 17/9/2025} (no leading zeros) or in words ({@code ngày 17 tháng 9 năm 2025}, {@code tháng 9/2025}),
 * English writes {@code 17 September 2025} or {@code September 2025}. Anything else is a finding with the spelling
 * to write instead, computed with {@link Formats}. Fields that hold a date for the program (period, date, updated)
 * stay ISO and are not text: they are not checked here.
 */
public final class DateSpelling {
    /** A date written the wrong way: what was written and what to write instead. */
    public record Finding(String written, String write) {}

    private static final String NOT_BEFORE = "(?<![\\d/.,-])";
    private static final String NOT_AFTER = "(?![\\d]|[/-]\\d)";
    /** 2025-12-30, 2025-12, 2025-08/09, 2025-08/2025-09: the program's spelling, not a reader's. */
    private static final Pattern ISO = Pattern.compile(NOT_BEFORE + "(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:/(\\d{4}-)?(\\d{2})(?:-(\\d{2}))?)?(?![\\d])");
    /** 30-12-2025 or 30.12.2025: day, month and year joined by hyphens or dots. */
    private static final Pattern DMY_DASHED = Pattern.compile(NOT_BEFORE + "(\\d{1,2})([-.])(\\d{1,2})\\2(\\d{4})" + NOT_AFTER);
    /** 21/09/2025 or 21/9/2025: right in Vietnamese without leading zeros, never right in English. */
    private static final Pattern DMY_SLASHED = Pattern.compile(NOT_BEFORE + "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + NOT_AFTER);
    /** 30 Dec 2025 or Dec 30, 2025: English months are written in full, the day first. */
    private static final Pattern EN_SHORT_MONTH = Pattern.compile(
            "\\b(?:(\\d{1,2}) (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{4})"
                    + "|(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}),? (\\d{4}))\\b");
    /** Oct 2025: a month without its day, abbreviated. */
    private static final Pattern EN_SHORT_MONTH_YEAR = Pattern.compile("(?<!\\d )\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Every date in the text that is not written as the language writes dates, in the order they appear. */
    public static List<Finding> check(String text, Language lang) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        Formats f = new Formats(lang);
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            String write = iso(m, f, lang);
            if (write != null) out.add(new Finding(m.group(), write));
        }
        m = DMY_DASHED.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(4), m.group(3), m.group(1));
            if (d != null) out.add(new Finding(m.group(), dayText(d, lang)));
        }
        m = DMY_SLASHED.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d == null) continue;
            boolean leadingZero = m.group(1).startsWith("0") || m.group(2).startsWith("0");
            if (lang == Language.EN || leadingZero) out.add(new Finding(m.group(), dayText(d, lang)));
        }
        if (lang == Language.EN) {
            m = EN_SHORT_MONTH.matcher(text);
            while (m.find()) {
                LocalDate d = m.group(1) != null
                        ? date(m.group(3), String.valueOf(MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1), m.group(1))
                        : date(m.group(6), String.valueOf(MONTHS.indexOf(m.group(4).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1), m.group(5));
                if (d != null) out.add(new Finding(m.group(), dayText(d, lang)));
            }
            m = EN_SHORT_MONTH_YEAR.matcher(text);
            while (m.find()) {
                int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
                out.add(new Finding(m.group(), f.month(Integer.parseInt(m.group(2)), month)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(x -> text.indexOf(x.written())));
        return out;
    }

    /** A day as the language writes it in text (the one date style, {@link Formats#date}): 17/9/2025, 17 September 2025. */
    public static String dayText(LocalDate d, Language lang) {
        return new Formats(lang).date(d);
    }

    private static String iso(Matcher m, Formats f, Language lang) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return null;
        String first;
        if (m.group(3) != null) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d == null) return null;
            first = dayText(d, lang);
        } else {
            first = f.month(year, month);
        }
        if (m.group(5) == null) return first;
        int endYear = m.group(4) == null ? year : Integer.parseInt(m.group(4).substring(0, 4));
        int endMonth = Integer.parseInt(m.group(5));
        if (endMonth < 1 || endMonth > 12) return null;
        String last;
        if (m.group(6) != null) {
            LocalDate d = date(String.valueOf(endYear), m.group(5), m.group(6));
            if (d == null) return null;
            last = dayText(d, lang);
        } else {
            last = f.month(endYear, endMonth);
        }
        if (m.group(3) == null && m.group(6) == null && endYear == year) {
            // one year, two months: "tháng 8–9/2025", "August–September 2025"
            return lang == Language.VI ? "tháng " + month + "–" + endMonth + "/" + year
                    : f.month(year, month).replace(" " + year, "") + "–" + last;
        }
        return first + " – " + last;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private DateSpelling() {}
}
