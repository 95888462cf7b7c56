package vn.gialai.cds.news;

import org.jsoup.Jsoup;

/** Minutes to read an article: words at 200 a minute (Vietnamese words are syllables: read a little faster). */
public final class ReadingTime {
    public static int minutes(String html, boolean vietnamese) {
        String text = Jsoup.parse(html).text().strip();
        if (text.isEmpty()) return 1;
        int words = text.split("\\s+").length;
        int perMinute = vietnamese ? 260 : 200;
        return Math.max(1, (int) Math.round(words / (double) perMinute));
    }

    private ReadingTime() {}
}
