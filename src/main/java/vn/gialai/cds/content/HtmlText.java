package vn.gialai.cds.content;

import java.util.Locale;
import java.util.Set;

/**
 * The text a reader sees in a page body's HTML, in one pass and without building a tree: text outside tags, character
 * references decoded, white space collapsed to single spaces, a space at the edges of block elements and line breaks
 * (a paragraph's last word and the next one's first stay two words), comments and the insides of script and style left
 * out. It is what an HTML parser's text of the same fragment is (HtmlTextTest compares the two), made for the bodies of
 * thousands of articles on every build: reading time and the search index.
 */
public final class HtmlText {
    public static String of(String html) {
        return prefix(html, Integer.MAX_VALUE);
    }

    /**
     * The first chars characters of {@link #of} (all of it when shorter), reading no further into the HTML than they
     * need: the search index keeps only a snippet's worth of each of thousands of bodies.
     */
    public static String prefix(String html, int chars) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), chars == Integer.MAX_VALUE ? html.length() : chars + 16));
        boolean space = false;
        int n = html.length();
        for (int i = 0; i < n && out.length() < chars; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 2;
                    continue;
                }
                int end = html.indexOf('>', i);
                if (end < 0) break;
                String name = tagName(html, i + 1, end);
                if (name.equals("script") || name.equals("style")) {
                    // to the end of its closing tag; a script or style never closed runs to the end
                    int close = html.indexOf("</" + name, end);
                    int closed = close < 0 ? -1 : html.indexOf('>', close);
                    end = closed < 0 ? n - 1 : closed;
                } else if (!name.isEmpty() && !INLINE.contains(name)) {
                    space = true;
                }
                i = end;
            } else if (c == '&') {
                // a reference is at most 32 characters long: a bare '&' further from the next ';' is itself, and the
                // text up to that ';' is read as text (it was skipped once, with every tag in it)
                int semi = html.indexOf(';', i);
                String reference = semi > i && semi - i <= 32 ? html.substring(i, semi + 1) : null;
                String decoded = reference == null ? "&" : org.jsoup.parser.Parser.unescapeEntities(reference, false);
                if (reference == null || decoded.equals(reference)) decoded = "&"; // not a reference
                else i = semi;
                for (int k = 0; k < decoded.length(); k++) space = put(out, decoded.charAt(k), space);
            } else {
                space = put(out, c, space);
            }
        }
        if (out.length() > chars) out.setLength(chars); // a reference decoded to several characters at the end
        return out.toString();
    }

    /** Appends c, or remembers a space to put before the next character; returns whether a space is pending. */
    private static boolean put(StringBuilder out, char c, boolean space) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') return true; // as the parser's text: a no-break space too
        if (space && out.length() > 0) out.append(' ');
        out.append(c);
        return false;
    }

    /** The words of the text: runs of characters between spaces (a no-break space parts words too). */
    public static int words(String html) {
        String text = of(html).replace('\u00a0', ' ').strip();
        if (text.isEmpty()) return 0;
        int words = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ' ' && i > 0 && text.charAt(i - 1) != ' ') words++;
        return words;
    }

    private static String tagName(String html, int from, int end) {
        int i = from;
        if (i < end && html.charAt(i) == '/') i++;
        int start = i;
        while (i < end && Character.isLetterOrDigit(html.charAt(i))) i++;
        return html.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** Elements that sit inside a line of text: their edges do not part words. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
            "img");

    private HtmlText() {}
}
