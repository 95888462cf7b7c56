package vn.gialai.cds.content;

import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.problems.Problems;

/**
 * Splits a content file into its header and Markdown body, in JBake's format (key=value lines, then a
 * line of six tildes), but strictly: anything JBake would skip or guess at is reported instead.
 */
public final class HeaderParser {
    public static final String SEPARATOR = "~~~~~~";

    public record Parsed(Header header, String body, int bodyFirstLine) {}

    /** Returns null when the header is unusable; the reasons are added to problems. */
    public static Parsed parse(String file, String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(file, 1, Msg.of("header.empty-file"));
            return null;
        }
        String[] lines = text.split("\n", -1);
        int end = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(SEPARATOR)) { end = i; break; }
        }
        if (end < 0) {
            problems.add(file, 1, Msg.of("header.no-end"));
            return null;
        }
        Header header = new Header();
        boolean ok = true;
        for (int i = 0; i < end; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#")) continue; // comments for editors, as in the new-article template
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(file, lineNo, Msg.of("header.not-a-field", abbreviate(line)));
                ok = false;
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            int invisible = invisible(key);
            if (invisible >= 0) {
                problems.add(file, lineNo, Msg.of("header.invisible-char", visible(key), name(invisible),
                        String.format(java.util.Locale.ROOT, "U+%04X", invisible)));
                ok = false;
                continue;
            }
            if (header.has(key)) {
                problems.add(file, lineNo, Msg.of("header.duplicate", key, header.line(key)));
                ok = false;
                continue;
            }
            header.put(key, value, lineNo);
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) body.append(lines[i]).append('\n');
        return ok ? new Parsed(header, body.toString(), end + 2) : null;
    }

    /**
     * The first character of a field name that a reader cannot see (a non-breaking or other Unicode space, a
     * zero-width space or joiner, a byte-order mark, a direction mark: the format and space separators other than the
     * ordinary space, which an editor sees and types), or -1.
     */
    static int invisible(String key) {
        return key.codePoints().filter(c -> c != ' ').filter(c -> Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SPACE_SEPARATOR
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || (Character.isISOControl(c))).findFirst().orElse(-1);
    }

    /** The name with each invisible character shown as ⟨U+XXXX⟩, so the editor sees where it is. */
    private static String visible(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> {
            if (invisible(new String(Character.toChars(c))) >= 0) sb.append(String.format(java.util.Locale.ROOT, "⟨U+%04X⟩", c));
            else sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    private static String name(int c) {
        String n = Character.getName(c);
        return n == null ? "unnamed" : n.toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private HeaderParser() {}
}
