package vn.gialai.cds.data;

import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.vocabulary.DocumentForm;
import vn.gialai.cds.vocabulary.DocumentStatus;
import vn.gialai.cds.vocabulary.PortalKind;
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
                checkLibraryFields(projectDir, d, name, problems);
                if (Territory.fromId(String.valueOf(d.territory())).isEmpty()) problems.add(where, name + ": 'territory' is '" + d.territory() + "'. Use one of " + String.join(", ", Term.ids(Territory.class)) + ".");
                if (d.sources() == null || d.sources().isEmpty()) problems.add(where, name + ": 'sources' is empty. Name at least one source id.");
                else for (String id : d.sources()) {
                    if (!sources.containsKey(id)) problems.add(where, name + ": source '" + id + "' is not in data/sources.json. Add it there or correct the id.");
                }
                documents.add(d);
            }
        }
        checkReplacements(documents, problems);
        Organisation organisation = read(projectDir, ORGANISATION, MAPPER.getTypeFactory().constructType(Organisation.class), problems);
        if (organisation == null) organisation = Organisation.EMPTY;
        else checkOrganisation(organisation, problems);
        List<Portal> portalList = read(projectDir, PORTALS,
                MAPPER.getTypeFactory().constructCollectionType(List.class, Portal.class), problems);
        return new SiteData(sources, documents, organisation, checkPortals(portalList, problems));
    }

    public static final String DOCUMENTS = "data/documents.json";
    public static final String ORGANISATION = "data/organisation.json";
    public static final String PORTALS = "data/portals.json";
    /** Where the official texts of documents are kept, beside the site's other assets. */
    public static final String DOCUMENT_FILES = "assets/documents/";
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 .()-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[A-Za-z]{2,}");

    /** The fields a library entry has beyond its number and title: form, dates, status, official text. */
    private static void checkLibraryFields(Path projectDir, LegalDocument d, String name, Problems problems) {
        if (DocumentForm.fromId(String.valueOf(d.form())).isEmpty()) {
            problems.add(DOCUMENTS, Msg.of("documents.form", name, String.valueOf(d.form()), String.join(", ", Term.ids(DocumentForm.class))));
        }
        LocalDate issued = date(d.date());
        if (d.effectiveDate() != null) {
            LocalDate effective = date(d.effectiveDate());
            if (effective == null) problems.add(DOCUMENTS, Msg.of("documents.not-a-date", name, "effectiveDate", d.effectiveDate()));
            else if (issued != null && effective.isBefore(issued)) {
                problems.add(DOCUMENTS, Msg.of("documents.effective-before-issue", name, d.effectiveDate(), d.date()));
            }
        }
        if (d.signer() != null && d.signer().isBlank()) problems.add(DOCUMENTS, Msg.of("documents.signer-blank", name));
        LegalDocument.Status st = d.status();
        DocumentStatus state = st == null ? null : DocumentStatus.fromId(String.valueOf(st.state())).orElse(null);
        if (state == null) {
            problems.add(DOCUMENTS, Msg.of("documents.status", name, st == null ? "" : String.valueOf(st.state()),
                    String.join(", ", Term.ids(DocumentStatus.class))));
        } else {
            if (state.needsDate() && date(st.date()) == null) problems.add(DOCUMENTS, Msg.of("documents.status-date", name, state.id()));
            if (!state.needsDate() && st.date() != null) problems.add(DOCUMENTS, Msg.of("documents.status-date-unexpected", name, state.id()));
            if (state == DocumentStatus.REPLACED && (st.replacedBy() == null || st.replacedBy().isBlank())) {
                problems.add(DOCUMENTS, Msg.of("documents.replaced-by-missing", name));
            }
            if (state != DocumentStatus.REPLACED && st.replacedBy() != null) problems.add(DOCUMENTS, Msg.of("documents.replaced-by-unexpected", name));
        }
        if (d.file() != null && !(d.file().startsWith(DOCUMENT_FILES) && d.file().length() > DOCUMENT_FILES.length() && !d.file().contains(".."))) {
            problems.add(DOCUMENTS, Msg.of("documents.file", name, d.file()));
        } else if (d.file() != null && !Files.isRegularFile(projectDir.resolve(d.file()))) {
            problems.add(DOCUMENTS, Msg.of("documents.file-missing", name, d.file()));
        }
        if (d.officialUrl() != null && !d.officialUrl().startsWith("https://")) {
            problems.add(DOCUMENTS, Msg.of("documents.official-url", name, d.officialUrl()));
        }
    }

    /** A replaced document names the one replacing it, and that one is in the library. */
    private static void checkReplacements(List<LegalDocument> documents, Problems problems) {
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        for (int i = 0; i < documents.size(); i++) {
            LegalDocument d = documents.get(i);
            if (d.status() == null || d.status().replacedBy() == null || d.status().replacedBy().isBlank()) continue;
            String by = d.status().replacedBy();
            if (!ids.contains(by) || by.equals(d.id())) {
                problems.add(DOCUMENTS, Msg.of("documents.replaced-by-unknown", "entry [" + i + "] (" + d.id() + ")", by));
            }
        }
    }

    /** Filled values must look like what they are; empty ones are allowed here (the build notes them, publishing refuses). */
    private static void checkOrganisation(Organisation o, Problems problems) {
        for (Organisation.Field f : o.fields()) {
            if (f.kind() == Organisation.Kind.TEXT) {
                boolean vi = f.text() != null && !Organisation.isBlank(f.text().vi());
                boolean en = f.text() != null && !Organisation.isBlank(f.text().en());
                if (vi != en) problems.add(ORGANISATION, Msg.of("organisation.one-language", f.key(), vi ? "en" : "vi"));
            } else if (!Organisation.isBlank(f.value())) {
                Pattern p = f.kind() == Organisation.Kind.EMAIL ? EMAIL : PHONE;
                if (!p.matcher(f.value().strip()).matches()) {
                    problems.add(ORGANISATION, Msg.of(f.kind() == Organisation.Kind.EMAIL ? "organisation.email" : "organisation.phone",
                            f.key(), f.value()));
                }
            }
        }
    }

    /** One entry per kind of portal, in the vocabulary's order; an address is https:// and says where it was found. */
    private static List<Portal> checkPortals(List<Portal> list, Problems problems) {
        if (list == null) return List.of();
        Map<PortalKind, Portal> byKind = new java.util.EnumMap<>(PortalKind.class);
        for (int i = 0; i < list.size(); i++) {
            Portal p = list.get(i);
            String name = "entry [" + i + "] (" + p.id() + ")";
            PortalKind kind = PortalKind.fromId(String.valueOf(p.id())).orElse(null);
            if (kind == null) {
                problems.add(PORTALS, Msg.of("portals.id", name, String.join(", ", Term.ids(PortalKind.class))));
                continue;
            }
            if (byKind.put(kind, p) != null) problems.add(PORTALS, Msg.of("portals.twice", kind.id()));
            if (!p.empty()) {
                if (!p.url().startsWith("https://") || p.url().strip().length() <= "https://".length() || p.url().contains(" ")) {
                    problems.add(PORTALS, Msg.of("portals.https", name, p.url()));
                }
                if (p.name() == null || Organisation.isBlank(p.name().vi()) || Organisation.isBlank(p.name().en())) {
                    problems.add(PORTALS, Msg.of("portals.name", name));
                }
                if (p.source() == null || p.source().url() == null || !p.source().url().startsWith("https://")
                        || Organisation.isBlank(p.source().title())) {
                    problems.add(PORTALS, Msg.of("portals.source", name));
                }
            }
        }
        for (PortalKind k : PortalKind.values()) if (!byKind.containsKey(k)) problems.add(PORTALS, Msg.of("portals.missing", k.id()));
        return List.copyOf(byKind.values());
    }

    /** A strict YYYY-MM-DD date, or null. */
    private static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s, ISO_STRICT);
        } catch (RuntimeException e) {
            return null;
        }
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
