package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Confidence;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.vocabulary.Pillar;
import vn.gialai.cds.vocabulary.ProgressStatus;
import vn.gialai.cds.vocabulary.Territory;

import vn.gialai.cds.problems.Problems;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads one bundle per language and checks them against each other and against the templates:
 * every key in both languages, every key a template uses present.
 */
public final class MessagesLoader {
    private static final Pattern USE = Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"");

    public static Map<Language, Messages> load(Path projectDir, Problems problems) {
        Path dir = projectDir.resolve("templates/i18n");
        Map<Language, Map<String, String>> raw = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            Path file = dir.resolve(lang.code() + ".properties");
            raw.put(lang, read(projectDir, file, problems));
        }
        for (Language lang : Language.values()) {
            Language other = lang.other();
            for (String key : new TreeSet<>(raw.get(lang).keySet())) {
                if (!raw.get(other).containsKey(key)) {
                    problems.add("templates/i18n/" + other.code() + ".properties",
                            "message key '" + key + "' exists in " + lang.code() + ".properties but not here. "
                                    + "Add it with its " + (other == Language.EN ? "English" : "Vietnamese") + " text.");
                }
            }
        }
        checkTemplateUses(projectDir, raw, problems);
        checkVocabularies(raw, problems);
        Map<Language, Messages> out = new EnumMap<>(Language.class);
        raw.forEach((l, m) -> out.put(l, new Messages(l, m)));
        return out;
    }

    /**
     * The keys every word of the site's vocabularies needs, in both languages: the vocabularies are defined once, in
     * vocabulary/, and the pages name each word with these keys.
     */
    public static java.util.List<String> vocabularyKeys() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) keys.add("status." + s.id());
        for (Confidence c : Confidence.values()) keys.add("confidence." + c.id());
        for (Territory t : Territory.values()) {
            keys.add("territory." + t.id());
            keys.add("chart.series." + t.id());
        }
        keys.add("pillar." + Pillar.CROSS_CUTTING);
        for (PageType p : PageType.values()) {
            keys.add("card.section." + p.id());
            if (p.searched()) keys.add("search.section." + p.id());
        }
        return keys;
    }

    private static void checkVocabularies(Map<Language, Map<String, String>> raw, Problems problems) {
        for (Language lang : Language.values()) {
            for (String key : vocabularyKeys()) {
                if (!raw.get(lang).containsKey(key)) {
                    problems.add("templates/i18n/" + lang.code() + ".properties", "message key '" + key
                            + "' is missing: every word of the site's vocabularies (src/main/java/vn/gialai/cds/vocabulary/) needs its name here.");
                }
            }
        }
    }

    private static Map<String, String> read(Path projectDir, Path file, Problems problems) {
        Map<String, String> map = new LinkedHashMap<>();
        String rel = projectDir.relativize(file).toString();
        if (!Files.isRegularFile(file)) {
            problems.add(rel, "the message bundle is missing. Create it with the same keys as the other language.");
            return map;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(rel, "the file is not UTF-8. Save it as UTF-8.");
            return map;
        } catch (IOException e) {
            problems.add(rel, "cannot be read: " + e.getMessage());
            return map;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(rel, i + 1, "'" + line + "' is not a message. Write it as key=text.");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (map.containsKey(key)) {
                problems.add(rel, i + 1, "message key '" + key + "' is defined twice. Keep one.");
            }
            if (value.isEmpty()) {
                problems.add(rel, i + 1, "message key '" + key + "' has no text. Write its text after '='.");
            }
            map.put(key, value);
        }
        return map;
    }

    private static void checkTemplateUses(Path projectDir, Map<Language, Map<String, String>> raw, Problems problems) {
        Path templates = projectDir.resolve("templates");
        if (!Files.isDirectory(templates)) return;
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = USE.matcher(lines[i]);
                    while (m.find()) {
                        String key = m.group(1);
                        for (Language lang : Language.values()) {
                            if (!raw.get(lang).containsKey(key)) {
                                problems.add(projectDir.relativize(f).toString(), i + 1,
                                        "uses message key '" + key + "', which templates/i18n/" + lang.code()
                                                + ".properties does not have. Add it there.");
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add("templates", "cannot be read: " + e.getMessage());
        }
    }

    private MessagesLoader() {}
}
