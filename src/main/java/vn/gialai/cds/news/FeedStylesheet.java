package vn.gialai.cds.news;

import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.vocabulary.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSL stylesheet that shows an Atom feed as a readable page when someone opens it in a browser (feed readers
 * ignore it; the feed stays valid Atom). One copy per language, filled in from the message bundle; it is served from
 * the site itself and links only the site's own stylesheet, so the site's Content-Security-Policy allows it.
 */
public final class FeedStylesheet {
    /** Where each language's copy is written in the site. Named .xml so every web server sends it as XML. */
    public static String path(Language lang) {
        return "assets/feed/" + lang.code() + ".xsl.xml";
    }

    private static final Pattern KEY = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");

    /** The stylesheet for a language: its words from the bundle, its dates as {@link Formats#date} writes them. */
    public static String write(Language lang, Messages t, String stylesheetHref) {
        String xsl = template();
        Matcher m = KEY.matcher(xsl);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = switch (key) {
                case "lang" -> lang.code();
                case "stylesheet" -> AtomFeed.attr(stylesheetHref);
                case "date-branches" -> dateBranches(new Formats(lang));
                default -> AtomFeed.text(t.get(key));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * One xsl:when per month, written from how Formats writes the 5th of that month in 2000: the day and the year
     * become the entry's own ($dd with a leading zero, $d without), the rest is kept as text.
     */
    static String dateBranches(Formats f) {
        StringBuilder sb = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            String probe = f.date(LocalDate.of(2000, month, 5));
            boolean padded = probe.startsWith("05") || probe.contains(" 05") || probe.contains("/05");
            String dayToken = padded ? "05" : "5";
            int day = probe.indexOf(dayToken);
            int year = probe.indexOf("2000", day + dayToken.length());
            if (day < 0 || year < 0) throw new IllegalStateException("unexpected date format: " + probe);
            sb.append("<xsl:when test=\"$m = ").append(month).append("\">")
              .append(text(probe.substring(0, day)))
              .append("<xsl:value-of select=\"").append(padded ? "$dd" : "$d").append("\"/>")
              .append(text(probe.substring(day + dayToken.length(), year)))
              .append("<xsl:value-of select=\"$y\"/>")
              .append(text(probe.substring(year + 4)))
              .append("</xsl:when>");
        }
        return sb.toString();
    }

    private static String text(String s) {
        return s.isEmpty() ? "" : "<xsl:text>" + AtomFeed.text(s) + "</xsl:text>";
    }

    private static String template() {
        try (InputStream in = FeedStylesheet.class.getResourceAsStream("/feed/feed.xsl")) {
            if (in == null) throw new IllegalStateException("feed/feed.xsl is missing from the program's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeedStylesheet() {}
}
