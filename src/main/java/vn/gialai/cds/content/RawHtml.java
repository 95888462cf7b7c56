package vn.gialai.cds.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little raw HTML an article may contain, checked against jsoup's Safelist: abbreviations, superscript and
 * subscript, line breaks, figures with captions, marks. Markdown splits inline HTML into opening and closing
 * tags, so each piece is parsed on its own and every element and attribute is asked of the Safelist.
 */
public final class RawHtml {
    public static final Safelist ALLOWED = Safelist.none()
            .addTags("abbr", "sup", "sub", "br", "figure", "figcaption", "mark", "small", "cite")
            .addAttributes("abbr", "title");
    private static final Pattern CLOSING = Pattern.compile("^</\\s*([a-zA-Z][a-zA-Z0-9-]*)\\s*>$");

    /** The first thing in the fragment that is not allowed ("<script>", "onclick="), or empty when it is all allowed. */
    public static Optional<String> firstDisallowed(String fragment) {
        String s = fragment.strip();
        Matcher closing = CLOSING.matcher(s);
        if (closing.matches()) {
            String tag = closing.group(1).toLowerCase(Locale.ROOT);
            return ALLOWED.isSafeTag(tag) ? Optional.empty() : Optional.of("</" + tag + ">");
        }
        Element body = Jsoup.parseBodyFragment(s).body();
        for (Element el : body.getAllElements()) {
            if (el == body) continue;
            if (!ALLOWED.isSafeTag(el.normalName())) return Optional.of("<" + el.normalName() + ">");
            for (Attribute a : el.attributes()) {
                if (!ALLOWED.isSafeAttribute(el.normalName(), el, a)) return Optional.of(a.getKey() + "=");
            }
        }
        return Optional.empty();
    }

    public static String allowedTags() {
        return "abbr (title), sup, sub, br, figure, figcaption, mark, small, cite";
    }

    private RawHtml() {}
}
