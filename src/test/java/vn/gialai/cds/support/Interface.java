package vn.gialai.cds.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;

/**
 * The interface text of templates/i18n/&lt;lang&gt;.properties, read with plain Properties (not the build's loader), so
 * that a test expects whatever wording the bundle has today: rewording a label must not fail a test, a template
 * that stops showing it must.
 */
public final class Interface {
    private Interface() {}

    /** The text of a key in "vi" or "en"; fails the test when the key does not exist. */
    public static String text(String lang, String key) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Projects.real().resolve("templates/i18n/" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty(key);
        if (v == null) throw new AssertionError("templates/i18n/" + lang + ".properties has no key " + key);
        return v;
    }

    /** The text before the first {0}-style placeholder: what a page shows whatever the arguments are. */
    public static String prefix(String lang, String key) {
        String v = text(lang, key);
        int brace = v.indexOf('{');
        return brace < 0 ? v : v.substring(0, brace);
    }
}
