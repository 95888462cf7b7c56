package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Language;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The interface strings of one language, read from templates/i18n/&lt;lang&gt;.properties. */
public final class Messages {
    private final Language language;
    private final Map<String, String> strings;

    public Messages(Language language, Map<String, String> strings) {
        this.language = language;
        this.strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    public Language language() { return language; }
    public Set<String> keys() { return strings.keySet(); }
    public boolean has(String key) { return strings.containsKey(key); }

    /** The string for key, with {0}, {1} ... replaced by args. Arguments are already formatted text. */
    public String get(String key, Object... args) {
        String s = strings.get(key);
        if (s == null) {
            throw new IllegalArgumentException("message key '" + key + "' is missing from templates/i18n/"
                    + language.code() + ".properties");
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
