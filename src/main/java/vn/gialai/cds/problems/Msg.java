package vn.gialai.cds.problems;




import vn.gialai.cds.vocabulary.Language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A problem's sentence, kept as a key of the problem bundles (i18n/problems.&lt;lang&gt;.properties) with its
 * arguments, so the preview can show it in the editor's language. Messages meant for developers only
 * (templates, data files) are plain English text.
 */
public record Msg(String key, List<String> args, String literal) {
    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);

    public static Msg of(String key, Object... args) {
        return new Msg(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    public static Msg literal(String text) {
        return new Msg(null, List.of(), text);
    }

    public String in(Language lang) {
        if (literal != null) return literal;
        String s = bundle(lang).getProperty(key);
        if (s == null) throw new IllegalStateException("problem message '" + key + "' is missing from i18n/problems." + lang.code() + ".properties");
        for (int i = 0; i < args.size(); i++) s = s.replace("{" + i + "}", args.get(i));
        return s;
    }

    public static synchronized Properties bundle(Language lang) {
        return BUNDLES.computeIfAbsent(lang, l -> {
            Properties p = new Properties();
            String name = "/i18n/problems." + l.code() + ".properties";
            try (var in = Msg.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException(name + " is missing from the build program");
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }

    @Override
    public String toString() { return in(Language.EN); }
}
