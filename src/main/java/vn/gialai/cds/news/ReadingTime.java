package vn.gialai.cds.news;

/** Minutes to read an article: words at 200 a minute (Vietnamese words are syllables: read a little faster). */
public final class ReadingTime {
    public static int minutes(String html, boolean vietnamese) {
        int words = words(html);
        if (words == 0) return 1;
        int perMinute = vietnamese ? 260 : 200;
        return Math.max(1, (int) Math.round(words / (double) perMinute));
    }

    /**
     * The words of an article's HTML as a reader sees them: text outside tags, split at white space and at the edges of
     * block elements (a paragraph's last word and the next one's first are two words), comments and the insides of
     * script and style skipped. One pass, no parse: it runs for every article on every build.
     */
    static int words(String html) {
        int words = 0;
        boolean inWord = false;
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 2;
                    inWord = false;
                    continue;
                }
                int end = html.indexOf('>', i);
                if (end < 0) break;
                String name = tagName(html, i + 1, end);
                if (name.equals("script") || name.equals("style")) {
                    int close = html.indexOf("</" + name, end);
                    end = close < 0 ? n - 1 : Math.max(end, html.indexOf('>', close));
                    inWord = false;
                } else if (!INLINE.contains(name)) {
                    inWord = false;
                }
                i = end;
            } else if (c == '&' && html.startsWith("&nbsp;", i)) {
                inWord = false;
                i += 5;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
        }
        return words;
    }

    private static String tagName(String html, int from, int end) {
        int i = from;
        if (i < end && html.charAt(i) == '/') i++;
        int start = i;
        while (i < end && Character.isLetterOrDigit(html.charAt(i))) i++;
        return html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** Elements that sit inside a line of text: their edges do not part words. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code",
            "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
            "var", "del", "ins");

    private ReadingTime() {}
}
