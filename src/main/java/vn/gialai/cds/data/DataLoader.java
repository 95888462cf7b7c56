package vn.gialai.cds.data;

import vn.gialai.cds.vocabulary.Term;
import vn.gialai.cds.vocabulary.Territory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.problems.Msg;
import com.fasterxml.jackson.databind.JsonNode;
import vn.gialai.cds.files.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads data/*.json with Jackson into typed records, strictly: no trailing commas, no unknown fields,
 * no strings where numbers belong. Every failure is one line with the file, line and column, and the fix.
 */
public final class DataLoader {
    static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SOURCE_ID = Pattern.compile("[SNB]\\d{2}");

    private static final ObjectMapper MAPPER = vn.gialai.cds.data.StrictJson.MAPPER;

    public static SiteData load(Path projectDir, Problems problems) {
        JsonNode sourceTree = tree(projectDir, "data/sources.json");
        boolean bilingual = sourceTree == null || bilingualTexts(sourceTree, problems);
        List<Source> sourceList = !bilingual ? null : read(projectDir, "data/sources.json",
                MAPPER.getTypeFactory().constructCollectionType(List.class, Source.class), problems);
        Map<String, Source> sources = new LinkedHashMap<>();
        if (sourceList != null) {
            for (int i = 0; i < sourceList.size(); i++) {
                Source s = sourceList.get(i);
                String where = "data/sources.json";
                if (s.id() == null || !SOURCE_ID.matcher(s.id()).matches()) {
                    problems.add(where, "entry [" + i + "] has id '" + s.id() + "'. An id is S, N or B and two digits, e.g. S05.");
                    continue;
                }
                if (sources.put(s.id(), s) != null) {
                    problems.add(where, "the id " + s.id() + " is used twice. Give each source its own id.");
                }
                if (s.title() == null || s.title().isBlank()) problems.add(where, s.id() + ": 'title' is empty. Write the title of the source.");
                if (s.url() == null || !(s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                    problems.add(where, s.id() + ": 'url' must be a web address starting with https:// or http://.");
                }
                if (s.shortName() == null) problems.add(where, Msg.of("data.source-missing-short-name", s.id()));
                if (s.date() != null && !isPeriod(s.date())) problems.add(where, Msg.of("data.source-bad-date", s.id(), s.date()));
                if (!"vi".equals(s.titleLanguage()) && !"en".equals(s.titleLanguage())) {
                    problems.add(where, Msg.of("data.source-bad-title-language", s.id(), String.valueOf(s.titleLanguage())));
                }
            }
        }
        if (sourceTree != null && sourceList != null) {
            for (int i = 0; i < sourceTree.size(); i++) {
                DataText.checkDates("data/sources.json", sourceTree.get(i), sourceTree.get(i).path("id").asText("[" + i + "]"), problems);
            }
        }
        JsonNode docTree = tree(projectDir, "data/documents.json");
        if (docTree != null) DataText.checkDates("data/documents.json", docTree, "$", problems);
        List<LegalDocument> docs = read(projectDir, "data/documents.json",
                MAPPER.getTypeFactory().constructCollectionType(List.class, LegalDocument.class), problems);
        List<LegalDocument> documents = new ArrayList<>();
        if (docs != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < docs.size(); i++) {
                LegalDocument d = docs.get(i);
                String where = "data/documents.json";
                String name = "entry [" + i + "] (" + d.id() + ")";
                if (d.id() == null || !ids.add(d.id())) problems.add(where, name + ": 'id' is missing or used twice. Give each document its own id.");
                if (d.date() != null) {
                    try {
                        LocalDate.parse(d.date(), ISO_STRICT);
                    } catch (RuntimeException e) {
                        problems.add(where, name + ": 'date' is \"" + d.date() + "\", which is not a real date. Write YYYY-MM-DD, or null when it is not known.");
                    }
                }
                if (d.title() == null || d.title().vi() == null || d.title().en() == null) problems.add(where, name + ": 'title' needs both 'vi' and 'en'.");
                if (d.issuer() == null || d.issuer().vi() == null || d.issuer().en() == null) problems.add(where, name + ": 'issuer' needs both 'vi' and 'en'.");
                if (d.description() == null || d.description().vi() == null || d.description().en() == null) problems.add(where, name + ": 'description' needs both 'vi' and 'en'.");
                if (Territory.fromId(String.valueOf(d.territory())).isEmpty()) problems.add(where, name + ": 'territory' is '" + d.territory() + "'. Use one of " + String.join(", ", Term.ids(Territory.class)) + ".");
                if (d.sources() == null || d.sources().isEmpty()) problems.add(where, name + ": 'sources' is empty. Name at least one source id.");
                else for (String id : d.sources()) {
                    if (!sources.containsKey(id)) problems.add(where, name + ": source '" + id + "' is not in data/sources.json. Add it there or correct the id.");
                }
                documents.add(d);
            }
        }
        return new SiteData(sources, documents);
    }

    /** The file as a JSON tree, or null when it is missing or not JSON (read() then says why). */
    private static JsonNode tree(Path projectDir, String rel) {
        try {
            return MAPPER.readTree(SourceText.read(projectDir.resolve(rel)));
        } catch (SourceText.UnreadableFile | JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The texts of every source (shortName, note) are given in both languages, each with some words: a Vietnamese page
     * shows only "vi", an English page only "en". False when a text is a single string (the entries are then not read).
     */
    static boolean bilingualTexts(JsonNode list, Problems problems) {
        boolean readable = true;
        if (!list.isArray()) return true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String name = entry.path("id").asText("[" + i + "]");
            for (String field : new String[]{"shortName", "note"}) {
                JsonNode v = entry.get(field);
                if (v == null || v.isNull()) continue;
                if (v.isTextual()) {
                    problems.add("data/sources.json", Msg.of("data.one-language", name, field));
                    readable = false;
                    continue;
                }
                if (!v.isObject()) continue; // the typed read says what is wrong
                for (String lang : new String[]{"vi", "en"}) {
                    if (!v.path(lang).isTextual() || v.path(lang).asText().isBlank()) {
                        problems.add("data/sources.json", Msg.of("data.missing-language", name, field, lang));
                        readable = false;
                    }
                }
            }
        }
        return readable;
    }

    /** A year, a month, a day, or an interval of them: 2022, 2022-11, 2022-11-25, 2025-08/2025-09. */
    static boolean isPeriod(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) return false;
        for (String p : parts) {
            try {
                switch (p.length()) {
                    case 4 -> java.time.Year.parse(p);
                    case 7 -> java.time.YearMonth.parse(p);
                    case 10 -> LocalDate.parse(p, ISO_STRICT);
                    default -> { return false; }
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return parts.length == 1 || parts[0].compareTo(parts[1]) <= 0;
    }

    private static <T> T read(Path projectDir, String rel, JavaType type, Problems problems) {
        Path file = projectDir.resolve(rel);
        if (!Files.isRegularFile(file)) {
            problems.add(rel, "the file is missing. It holds data the pages show; restore it.");
            return null;
        }
        try {
            String text = SourceText.read(file);
            return MAPPER.readValue(text, type);
        } catch (SourceText.UnreadableFile e) {
            problems.add(rel, e.msg());
        } catch (UnrecognizedPropertyException e) {
            String renamed = RENAMED.get(e.getPropertyName());
            if (renamed != null) {
                problems.add(rel, line(e), "at " + path(e) + ": the field '" + e.getPropertyName() + "' is now called '" + renamed
                        + "'. Rename it; its values stay the same.");
            } else {
                problems.add(rel, line(e), "unknown field '" + e.getPropertyName() + "' at " + path(e)
                        + ". Remove it or correct its spelling; known fields: " + e.getKnownPropertyIds() + ".");
            }
        } catch (JsonMappingException e) {
            problems.add(rel, line(e), "at " + path(e) + ": " + firstLine(e.getOriginalMessage())
                    + ". Check that the value has the right type (text in quotes, numbers without).");
        } catch (JsonProcessingException e) {
            problems.add(rel, line(e), "is not valid JSON: " + firstLine(e.getOriginalMessage())
                    + " (column " + column(e) + "). Check commas, quotes and brackets near there.");
        }
        return null;
    }

    /** Fields of data/*.json that were renamed, with their new names (a document's scope is its territory). */
    private static final java.util.Map<String, String> RENAMED = java.util.Map.of("scope", "territory");

    private static int line(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? 0 : Math.max(l.getLineNr(), 0);
    }

    private static int column(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? 0 : l.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }

    private DataLoader() {}
}
