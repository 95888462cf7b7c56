package vn.gialai.cds.checks;

import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's facts (PageFacts) read in one pass over its text, without building its tree: the tags and their attributes
 * in order, and the text of the few elements whose text the checks name (links, figures). The pages are the build's own
 * output, which the Nu HTML Checker finds valid, so every element the checks read is closed where it ends; on such pages
 * the facts are those of {@link PageFacts#of(org.jsoup.nodes.Document)} over jsoup's parse (PageScannerTest compares
 * the two on every page of a built site), at a fraction of the cost: the link check's parse was a quarter of an
 * equal-work build (bench/NOTES.md, "Issue 17, item 4: the link check's facts without a parse").
 *
 * <p>Text is gathered as jsoup's Element#text() gathers it (whitespace collapsed; a space before a block element or a
 * line break, and after a block element followed by text or an inline element), with entities decoded by jsoup's own
 * {@link Parser#unescapeEntities(String, boolean)} and block, inline and whitespace-keeping tags as jsoup's
 * {@link Tag} defines them.
 */
public final class PageScanner {

    /** The classes whose code decides the facts (checks/FactsCache's fingerprint). */
    static final List<Class<?>> CLASSES = List.of(PageScanner.class, Attrs.class, Open.class, Text.class);

    /** The facts of a page from its UTF-8 bytes. */
    public static PageFacts scan(byte[] utf8) {
        return new PageScanner(utf8).run();
    }

    public static PageFacts scan(String html) {
        return scan(html.getBytes(StandardCharsets.UTF_8));
    }

    /*
     * The page is read as bytes: every byte of a tag's syntax is ASCII, and no byte of a multi-byte UTF-8 letter is, so
     * only what the checks keep (a few attributes' values, the texts gathered) is ever decoded.
     */
    private final byte[] s;
    private final int n;
    private int i;

    private String htmlLang;
    private String canonical;
    private final Set<String> ids = new HashSet<>();
    private final List<PageFacts.Link> links = new ArrayList<>();
    private final List<PageFacts.Alternate> alternates = new ArrayList<>();
    /** Figures in the order their elements start; a slot is filled when its text is known. */
    private final List<PageFacts.FigureFacts> figures = new ArrayList<>();
    /** The open elements, innermost last. */
    private final List<Open> open = new ArrayList<>();
    /** The texts being gathered, for elements still open. */
    private final List<Text> texts = new ArrayList<>();
    /** The attributes of the tag being read that the checks look at; null: absent. */
    private final Attrs a = new Attrs();

    private PageScanner(byte[] utf8) {
        this.s = utf8;
        this.n = utf8.length;
    }

    private static final class Attrs {
        String id, href, src, rel, hreflang, lang, cls, figure, source, period, territory, confidence;

        void clear() { id = href = src = rel = hreflang = lang = cls = figure = source = period = territory = confidence = null; }
    }

    /** An open element, and the texts that end with it. */
    private record Open(String name, int flags, List<Text> ending) {}

    /** One element's text, gathered as jsoup's Element#text() does; done runs when the element closes. */
    private static final class Text {
        final StringBuilder sb = new StringBuilder();
        /** A block element just ended inside: a space goes in if text or an inline element comes next. */
        boolean blockEnded;
        final java.util.function.Consumer<String> done;
        /** For a figure: the text of its first .figure__value, when it has one. */
        String value;
        boolean wantsValue;

        Text(java.util.function.Consumer<String> done) { this.done = done; }

        boolean endsInSpace() { return sb.length() != 0 && sb.charAt(sb.length() - 1) == ' '; }
    }

    private PageFacts run() {
        int textStart = 0;
        while (i < n) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0 || lt + 1 >= n) break;
            byte c = s[lt + 1];
            boolean tag = isLetter(c) || (c == '/' && lt + 2 < n && isLetter(s[lt + 2])) || c == '!' || c == '?';
            if (!tag) { i = lt + 1; continue; }
            if (lt > textStart) text(textStart, lt);
            if (c == '!' && startsWith("<!--", lt)) {
                int end = indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                comment();
            } else if (c == '!' || c == '?') {
                int end = indexOf((byte) '>', lt + 2);
                i = end < 0 ? n : end + 1;
                comment();
            } else if (c == '/') {
                i = lt + 2;
                String name = name();
                int end = indexOf((byte) '>', i);
                i = end < 0 ? n : end + 1;
                endTag(name);
            } else {
                i = lt + 1;
                startTag();
            }
            textStart = i;
        }
        if (textStart < n) text(textStart, n);
        while (!open.isEmpty()) close();
        return new PageFacts(htmlLang == null ? "" : htmlLang, canonical == null ? "" : canonical, ids, List.copyOf(links),
                List.copyOf(alternates), List.copyOf(figures));
    }

    private String name() {
        int start = i;
        while (i < n) {
            byte c = s[i];
            if (isSpace(c) || c == '/' || c == '>') break;
            i++;
        }
        return ascii(start, i);
    }

    private void startTag() {
        String name = name();
        a.clear();
        boolean selfClosing = false;
        while (i < n) {
            byte c = s[i];
            if (c == '>') { i++; break; }
            if (c == '/' ) {
                if (i + 1 < n && s[i + 1] == '>') { selfClosing = true; i += 2; break; }
                i++;
                continue;
            }
            if (isSpace(c)) { i++; continue; }
            int start = i;
            while (i < n) {
                byte d = s[i];
                if (isSpace(d) || d == '/' || d == '>' || (d == '=' && i > start)) break;
                i++;
            }
            int nameEnd = i;
            while (i < n && isSpace(s[i])) i++;
            int vs = i, ve = i;
            if (i < n && s[i] == '=') {
                i++;
                while (i < n && isSpace(s[i])) i++;
                if (i < n && (s[i] == '"' || s[i] == '\'')) {
                    byte q = s[i];
                    int end = indexOf(q, i + 1);
                    if (end < 0) end = n;
                    vs = i + 1;
                    ve = end;
                    i = Math.min(n, end + 1);
                } else {
                    vs = i;
                    while (i < n && !isSpace(s[i]) && s[i] != '>') i++;
                    ve = i;
                }
            }
            attribute(start, nameEnd, vs, ve);
        }
        element(name, selfClosing);
    }

    /** Keeps an attribute the checks read (the first of its name, as jsoup does). */
    private void attribute(int ns, int ne, int vs, int ve) {
        switch (ascii(ns, ne)) {
            case "id" -> { if (a.id == null) a.id = value(vs, ve); }
            case "href" -> { if (a.href == null) a.href = value(vs, ve); }
            case "src" -> { if (a.src == null) a.src = value(vs, ve); }
            case "rel" -> { if (a.rel == null) a.rel = value(vs, ve); }
            case "hreflang" -> { if (a.hreflang == null) a.hreflang = value(vs, ve); }
            case "lang" -> { if (a.lang == null) a.lang = value(vs, ve); }
            case "class" -> { if (a.cls == null) a.cls = value(vs, ve); }
            case "data-figure" -> { if (a.figure == null) a.figure = value(vs, ve); }
            case "data-source" -> { if (a.source == null) a.source = value(vs, ve); }
            case "data-period" -> { if (a.period == null) a.period = value(vs, ve); }
            case "data-territory" -> { if (a.territory == null) a.territory = value(vs, ve); }
            case "data-confidence" -> { if (a.confidence == null) a.confidence = value(vs, ve); }
            default -> { }
        }
    }

    private String value(int from, int to) {
        String v = new String(s, from, to - from, StandardCharsets.UTF_8);
        return v.indexOf('&') >= 0 ? Parser.unescapeEntities(v, true) : v;
    }

    private void element(String name, boolean selfClosing) {
        int flags = flags(name);
        boolean isVoid = selfClosing || (flags & VOID) != 0;
        // what the texts being gathered see of this element: it starts
        for (int k = 0; k < texts.size(); k++) {
            Text t = texts.get(k);
            if (t.blockEnded && (flags & BLOCK) == 0 && !t.endsInSpace()) t.sb.append(' ');
            t.blockEnded = false;
            if (t.sb.length() > 0 && ((flags & BLOCK) != 0 || name.equals("br")) && !t.endsInSpace()) t.sb.append(' ');
        }
        if (name.equals("html") && htmlLang == null) htmlLang = a.lang == null ? "" : a.lang;
        if (a.id != null) ids.add(a.id);
        List<Text> ending = null;
        if (name.equals("link") && a.rel != null) {
            String rel = a.rel.trim();
            if (canonical == null && rel.equalsIgnoreCase("canonical")) canonical = a.href == null ? "" : a.href;
            if (a.hreflang != null && rel.equalsIgnoreCase("alternate")) alternates.add(new PageFacts.Alternate(a.hreflang, a.href == null ? "" : a.href));
        }
        boolean rawText = name.equals("script") || name.equals("style");
        if (a.href != null || a.src != null) {
            String attr = a.href != null ? "href" : "src";
            String value = a.href != null ? a.href : a.src;
            if (isVoid || rawText) {
                links.add(new PageFacts.Link(name, attr, value, "<" + name + ">"));
            } else {
                int slot = links.size();
                links.add(null);
                ending = add(ending, new Text(text -> links.set(slot, new PageFacts.Link(name, attr, value, describe(name, text)))));
            }
        }
        if (a.cls != null && hasClass(a.cls, "figure__value")) {
            for (int k = texts.size() - 1; k >= 0; k--) {
                Text figure = texts.get(k);
                if (figure.wantsValue && figure.value == null) {
                    ending = add(ending, new Text(text -> figure.value = text));
                    figure.wantsValue = false;
                }
            }
        }
        if (a.figure != null) {
            int slot = figures.size();
            figures.add(null);
            String kind = a.figure, source = strip(a.source), period = strip(a.period), territory = strip(a.territory),
                    confidence = strip(a.confidence);
            Text[] self = new Text[1];
            self[0] = new Text(text -> {
                String shown = (self[0].value != null ? self[0].value : text).strip();
                figures.set(slot, new PageFacts.FigureFacts(kind, source, period, territory, confidence,
                        shown.length() > 60 ? shown.substring(0, 57) + "…" : shown));
            });
            self[0].wantsValue = true;
            ending = add(ending, self[0]);
        }
        if (rawText || name.equals("title") || name.equals("textarea")) {
            // their content is not markup: script and style hold data (no text), title and textarea text only
            int end = indexOfEndTag(name, i);
            if (!rawText && end > i) text(i, end);
            i = end;
        }
        if (ending != null) texts.addAll(ending);
        open.add(new Open(name, flags, ending == null ? List.of() : ending));
        if (isVoid) close();
    }

    private int indexOfEndTag(String name, int from) {
        int at = from;
        while (true) {
            int lt = indexOf("</", at);
            if (lt < 0) return n;
            int after = lt + 2 + name.length();
            if (after <= n && regionMatchesIgnoreCase(lt + 2, name)
                    && (after == n || isSpace(s[after]) || s[after] == '>' || s[after] == '/')) return lt;
            at = lt + 2;
        }
    }

    private void endTag(String name) {
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k).name().equals(name)) {
                while (open.size() > k) close();
                return;
            }
        }
    }

    /** Closes the innermost open element. */
    private void close() {
        Open o = open.remove(open.size() - 1);
        List<Text> ending = o.ending();
        if (!ending.isEmpty()) texts.removeAll(ending);
        // the texts of the elements around it: a space goes in if what follows is text or an inline element
        boolean block = (o.flags() & BLOCK) != 0;
        for (int k = 0; k < texts.size(); k++) texts.get(k).blockEnded = block;
        for (Text t : ending) t.done.accept(t.sb.toString().trim());
    }

    private void comment() {
        for (int k = 0; k < texts.size(); k++) texts.get(k).blockEnded = false;
    }

    private void text(int from, int to) {
        if (texts.isEmpty()) return;
        String raw = new String(s, from, to - from, StandardCharsets.UTF_8);
        if (raw.indexOf('&') >= 0) raw = Parser.unescapeEntities(raw, false);
        boolean keep = keepsWhitespace();
        for (int k = 0; k < texts.size(); k++) {
            Text t = texts.get(k);
            if (t.blockEnded && !t.endsInSpace()) t.sb.append(' ');
            t.blockEnded = false;
            if (keep) t.sb.append(raw);
            else normalised(t.sb, raw, t.endsInSpace());
        }
    }

    /** Whether the text's element or one of the five around it keeps whitespace (pre), as jsoup looks. */
    private boolean keepsWhitespace() {
        for (int k = open.size() - 1, d = 0; k >= 0 && d < 6; k--, d++) if ((open.get(k).flags() & PRE) != 0) return true;
        return false;
    }

    /** jsoup's StringUtil.appendNormalisedWhitespace. */
    private static void normalised(StringBuilder accum, String string, boolean stripLeading) {
        boolean lastWasWhite = false, reachedNonWhite = false;
        for (int k = 0, c; k < string.length(); k += Character.charCount(c)) {
            c = string.codePointAt(k);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if ((stripLeading && !reachedNonWhite) || lastWasWhite) continue;
                accum.append(' ');
                lastWasWhite = true;
            } else if (c != 8203 && c != 173) {
                accum.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    private static String describe(String name, String text) {
        String t = text.strip();
        if (t.length() > 40) t = t.substring(0, 37) + "…";
        return t.isEmpty() ? "<" + name + ">" : "'" + t + "'";
    }

    private static List<Text> add(List<Text> list, Text t) {
        if (list == null) list = new ArrayList<>(2);
        list.add(t);
        return list;
    }

    private static boolean hasClass(String classes, String name) {
        for (int at = classes.indexOf(name); at >= 0; at = classes.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || isSpace(classes.charAt(at - 1))) && (end == classes.length() || isSpace(classes.charAt(end)))) return true;
        }
        return false;
    }

    private static String strip(String v) { return v == null ? "" : v.strip(); }

    private static boolean isLetter(byte c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static boolean isSpace(byte c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

    private int indexOf(byte b, int from) {
        for (int k = from; k < n; k++) if (s[k] == b) return k;
        return -1;
    }

    private int indexOf(String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int k = indexOf(first, from); k >= 0; k = indexOf(first, k + 1)) if (startsWith(ascii, k)) return k;
        return -1;
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > n) return false;
        for (int k = 0; k < ascii.length(); k++) if (s[at + k] != ascii.charAt(k)) return false;
        return true;
    }

    private boolean regionMatchesIgnoreCase(int at, String lowerAscii) {
        for (int k = 0; k < lowerAscii.length(); k++) {
            int c = s[at + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lowerAscii.charAt(k)) return false;
        }
        return true;
    }

    /** A tag's or attribute's name, lower-cased (names are ASCII; anything else is kept as Latin-1, never matched). */
    private String ascii(int from, int to) {
        String name = new String(s, from, to - from, StandardCharsets.ISO_8859_1);
        for (int k = from; k < to; k++) if (s[k] >= 'A' && s[k] <= 'Z') return name.toLowerCase(java.util.Locale.ROOT);
        return name;
    }

    private static final int BLOCK = 1, VOID = 2, PRE = 4;
    private static final java.util.Map<String, Integer> FLAGS = new ConcurrentHashMap<>();

    /** What jsoup's Tag says of an element: block, void, whitespace-keeping. */
    private static int flags(String name) {
        Integer f = FLAGS.get(name);
        if (f != null) return f;
        return FLAGS.computeIfAbsent(name, nm -> {
            Tag tag = Tag.valueOf(nm);
            return (tag.isBlock() ? BLOCK : 0) | (tag.isEmpty() ? VOID : 0) | (tag.preserveWhitespace() ? PRE : 0);
        });
    }
}
