package vn.gialai.cds.vocabulary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The site's one time zone: the province's. It decides what "today" is for scheduling, and every time the site
 * prints (feeds, Open Graph, JSON-LD) is written in it, whatever the machine's zone.
 */
public final class SiteTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Today in the province. */
    public static LocalDate today() { return LocalDate.now(ZONE); }

    /** The start of a day in the province, as ISO 8601 with its offset ("2025-07-01T00:00:00+07:00"). */
    public static String startOfDay(LocalDate d) {
        return d.atStartOfDay(ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private SiteTime() {}
}
