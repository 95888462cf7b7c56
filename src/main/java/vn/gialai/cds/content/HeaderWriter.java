package vn.gialai.cds.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a content file in the format {@link HeaderParser} reads: for each field an optional comment line ("# …") and a
 * key=value line, then the line of six tildes, then the Markdown body. What it writes, HeaderParser reads back as the
 * same fields in the same order, on the lines they were written on. What could not be read back the same (a line break
 * in a value, a key with '=' or starting with '#', spaces around a key or value) is refused, never written.
 */
public final class HeaderWriter {
    /** One header field, with the comment written above it (null for none). */
    public record Field(String comment, String key, String value) {
        public Field(String key, String value) { this(null, key, value); }
    }

    public static String write(Map<String, String> fields, String body) {
        List<Field> list = new ArrayList<>();
        fields.forEach((k, v) -> list.add(new Field(k, v)));
        return write(list, body);
    }

    public static String write(List<Field> fields, String body) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Field f : fields) {
            check(f);
            if (!keys.add(f.key())) throw new IllegalArgumentException("the field '" + f.key() + "' is given twice");
            if (f.comment() != null) sb.append("# ").append(f.comment()).append('\n');
            sb.append(f.key()).append('=').append(f.value()).append('\n');
        }
        return sb.append(HeaderParser.SEPARATOR).append('\n').append(body).toString();
    }

    /** Throws IllegalArgumentException, saying why, for a field that would not be read back as written. */
    public static void check(Field f) {
        String key = f.key();
        String value = f.value();
        if (key == null || key.isEmpty()) throw new IllegalArgumentException("a header field needs a name");
        if (value == null) throw new IllegalArgumentException("the field '" + key + "' has no value (write \"\" for an empty one)");
        if (key.indexOf('=') >= 0) throw new IllegalArgumentException("the field name '" + key + "' contains '='");
        if (key.startsWith("#")) throw new IllegalArgumentException("the field name '" + key + "' starts with '#', which makes it a comment");
        if (!key.equals(key.strip())) throw new IllegalArgumentException("the field name '" + key + "' starts or ends with a space");
        if (HeaderParser.invisible(key) >= 0) throw new IllegalArgumentException("the field name '" + key + "' holds a character a reader cannot see");
        if (!value.equals(value.strip())) throw new IllegalArgumentException("the value of '" + key + "' starts or ends with a space");
        if (breaksLine(key) || breaksLine(value)) throw new IllegalArgumentException("the field '" + key + "' contains a line break");
        if (f.comment() != null && breaksLine(f.comment())) throw new IllegalArgumentException("the comment on '" + key + "' contains a line break");
    }

    private static boolean breaksLine(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    private HeaderWriter() {}
}
