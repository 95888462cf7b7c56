package vn.gialai.cds.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The key=value fields at the top of a content file, with the line each stands on. */
public final class Header {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    void put(String key, String value, int line) {
        values.put(key, value);
        lines.put(key, line);
    }

    public boolean has(String key) { return values.containsKey(key); }
    public String get(String key) { return values.get(key); }
    /** The line of the field, or 1 when it is absent (a missing field is reported at the top). */
    public int line(String key) { return lines.getOrDefault(key, 1); }
    public Map<String, String> values() { return Collections.unmodifiableMap(values); }
}
