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

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private HeaderParser() {}
}
