package vn.gialai.cds.news;

import vn.gialai.cds.vocabulary.SiteTime;

import vn.gialai.cds.content.Page;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An Atom feed (RFC 4287) of news: absolute addresses, each entry with its summary and full text. Times are
 * the article's date at the start of the day in Vietnam, so the feed does not depend on the build's clock.
 */
public final class AtomFeed {

    public record Entry(Page page, String url, String html) {}

    public static String write(String title, String subtitle, String selfUrl, String siteUrl, String lang, String author,
                               List<Entry> entries) {
        return write(title, subtitle, selfUrl, siteUrl, lang, author, entries, "");
    }

    /**
     * @param stylesheetHref the XSL stylesheet a browser uses to show the feed as a page (an xml-stylesheet
     *                       processing instruction, which Atom allows and feed readers ignore); empty: none
     */
    public static String write(String title, String subtitle, String selfUrl, String siteUrl, String lang, String author,
                               List<Entry> entries, String stylesheetHref) {
        LocalDate newest = entries.stream().map(e -> updated(e.page())).max(LocalDate::compareTo).orElse(LocalDate.of(2022, 1, 20));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        if (!stylesheetHref.isEmpty()) sb.append("<?xml-stylesheet type=\"text/xsl\" href=\"").append(attr(stylesheetHref)).append("\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n");
        el(sb, "  ", "id", selfUrl);
        el(sb, "  ", "title", title);
        el(sb, "  ", "subtitle", subtitle);
        el(sb, "  ", "updated", time(newest));
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(attr(selfUrl)).append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(attr(siteUrl)).append("\"/>\n");
        sb.append("  <author><name>").append(text(author)).append("</name></author>\n");
        for (Entry e : entries) {
            Page p = e.page();
            sb.append("  <entry>\n");
            el(sb, "    ", "id", e.url());
            el(sb, "    ", "title", p.title());
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(attr(e.url())).append("\"/>\n");
            el(sb, "    ", "published", time(p.date()));
            el(sb, "    ", "updated", time(updated(p)));
            el(sb, "    ", "summary", p.summary());
            for (String pillar : p.list("pillars")) sb.append("    <category term=\"").append(attr(pillar)).append("\"/>\n");
            sb.append("    <content type=\"html\">").append(text(e.html())).append("</content>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    static LocalDate updated(Page p) {
        String u = p.field("updated");
        return u == null || u.isBlank() ? p.date() : LocalDate.parse(u);
    }

    static String time(LocalDate d) {
        return SiteTime.startOfDay(d);
    }

    private static void el(StringBuilder sb, String indent, String name, String value) {
        sb.append(indent).append('<').append(name).append('>').append(text(value)).append("</").append(name).append(">\n");
    }

    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    private AtomFeed() {}
}
