package vn.gialai.cds.indicators;

import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The period a figure describes, as the data writes it: a year "2022", a month "2025-08", a day
 * "2025-03-22", or an interval of them "2025-07-01/2025-08-24".
 */
public record Period(String text, LocalDate start, LocalDate end) implements Comparable<Period> {
    /** The day the province changed: figures ending before it describe old Gia Lai. */
    public static final LocalDate MERGER = vn.gialai.cds.vocabulary.Territory.MERGER;

    public static Period parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) throw new IllegalArgumentException("a period has at most one '/'");
        LocalDate start = startOf(parts[0]);
        LocalDate end = endOf(parts.length == 2 ? parts[1] : parts[0]);
        if (end.isBefore(start)) throw new IllegalArgumentException("the period ends before it starts");
        return new Period(text, start, end);
    }

    private static LocalDate startOf(String p) {
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 1, 1);
            case 7 -> YearMonth.parse(p).atDay(1);
            case 10 -> LocalDate.parse(p);
            default -> throw new DateTimeParseException("not a year, month or day", p, 0);
        };
    }

    private static LocalDate endOf(String p) {
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 12, 31);
            case 7 -> YearMonth.parse(p).atEndOfMonth();
            case 10 -> LocalDate.parse(p);
            default -> throw new DateTimeParseException("not a year, month or day", p, 0);
        };
    }

    public int year() { return end.getYear(); }

    /** Position on a time axis in years, e.g. 2022.5 for the middle of 2022. */
    public double midpoint() {
        return (toYears(start) + toYears(end.plusDays(1))) / 2;
    }

    /** The end of the period in years: what the progress status measures time by. */
    public double endInYears() { return toYears(end.plusDays(1)); }

    public static double toYears(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    public boolean endsBeforeMerger() { return end.isBefore(MERGER); }

    /** As the language writes it: "2022", "tháng 8/2025" / "August 2025", "22/03/2025" / "22 March 2025". */
    public String label(Language lang) {
        Formats f = new Formats(lang);
        String[] parts = text.split("/");
        if (parts.length == 1) return one(parts[0], f);
        return one(parts[0], f) + " – " + one(parts[1], f);
    }

    private static String one(String p, Formats f) {
        return switch (p.length()) {
            case 4 -> p;
            case 7 -> f.month(Integer.parseInt(p.substring(0, 4)), Integer.parseInt(p.substring(5, 7)));
            default -> f.date(LocalDate.parse(p));
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = end.compareTo(o.end);
        return c != 0 ? c : start.compareTo(o.start);
    }
}
