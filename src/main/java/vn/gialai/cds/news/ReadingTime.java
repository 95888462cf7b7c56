package vn.gialai.cds.news;

import vn.gialai.cds.content.HtmlText;

/** Minutes to read an article: words at 200 a minute (Vietnamese words are syllables: read a little faster). */
public final class ReadingTime {
    public static int minutes(String html, boolean vietnamese) {
        int words = HtmlText.words(html);
        if (words == 0) return 1;
        int perMinute = vietnamese ? 260 : 200;
        return Math.max(1, (int) Math.round(words / (double) perMinute));
    }

    private ReadingTime() {}
}
