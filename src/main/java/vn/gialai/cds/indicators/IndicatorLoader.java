package vn.gialai.cds.indicators;

import java.util.Map;

import vn.gialai.cds.vocabulary.Confidence;

import vn.gialai.cds.vocabulary.Level;

import vn.gialai.cds.vocabulary.Sector;

import vn.gialai.cds.vocabulary.Pillar;

import vn.gialai.cds.vocabulary.Term;
import vn.gialai.cds.vocabulary.Territory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.files.SourceText;
import vn.gialai.cds.data.SiteData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads data/indicators/*.json: strict JSON, then the JSON Schema (data/schema/indicator.schema.json), then
 * the checks a schema cannot make (sources exist, shares within 0–100, plausible years, a target after its
 * baseline, a figure's territory matching its period). One line per problem: file, JSON path, the fix.
 */
public final class IndicatorLoader {
    public static final String DIR = "data/indicators";
    public static final String SCHEMA = "data/schema/indicator.schema.json";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2050;

    private static final ObjectMapper MAPPER = vn.gialai.cds.data.StrictJson.MAPPER;

    public static List<Indicator> load(Path project, SiteData data, Problems problems) {
        return load(project, data, problems, new java.util.HashMap<>());
    }

    /**
     * The same, noting in refused every indicator file refused for a problem: its id (the file's name) and its Vietnamese
     * slug when the file is JSON that gives one (else null). The articles that name such an indicator, or link to its
     * page, are then not refused for it too (content/ContentLoader#withRefusedIndicators): one mistake, one line.
     */
    public static List<Indicator> load(Path project, SiteData data, Problems problems, java.util.Map<String, String> refused) {
        Path dir = project.resolve(DIR);
        List<Indicator> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        JsonSchema schema;
        try {
            // English messages whatever the machine's language: the build's output must not depend on it.
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(withVocabularies(MAPPER.readTree(SourceText.read(project.resolve(SCHEMA)))),
                            com.networknt.schema.SchemaValidatorsConfig.builder().locale(java.util.Locale.ENGLISH)
                                    .pathType(com.networknt.schema.PathType.JSON_PATH).build());
        } catch (IOException | SourceText.UnreadableFile | RuntimeException e) {
            problems.add(SCHEMA, "cannot be read as a JSON Schema (" + e.getMessage() + "). Restore it from git.");
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(DIR, "cannot be read: " + e.getMessage());
            return out;
        }
        for (Path f : files) {
            String rel = DIR + "/" + f.getFileName();
            String fileId = idOf(f);
            refused.put(fileId, null); // until it is loaded
            JsonNode node;
            try {
                node = MAPPER.readTree(SourceText.read(f));
            } catch (SourceText.UnreadableFile e) {
                problems.add(rel, e.msg());
                continue;
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                String msg = e.getOriginalMessage();
                problems.add(rel, loc == null ? 0 : loc.getLineNr(), "is not valid JSON (column " + (loc == null ? 0 : loc.getColumnNr()) + "): "
                        + (msg == null ? "" : msg.split("\n")[0]) + ". Check commas, quotes and brackets there.");
                continue;
            }
            refused.put(fileId, node.path("slugVi").isTextual() ? node.path("slugVi").asText() : null);
            if (renamedFields(rel, node, "$", problems)) continue;
            Set<ValidationMessage> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                schemaMessages(errors).forEach(m -> problems.add(rel, m));
                continue;
            }
            Indicator ind;
            try {
                ind = MAPPER.treeToValue(node, Indicator.class);
            } catch (JsonProcessingException e) {
                problems.add(rel, "does not match the indicator format: " + e.getOriginalMessage().split("\n")[0]);
                continue;
            }
            int before = problems.size();
            check(rel, f, ind, data, problems);
            if (problems.size() == before) {
                out.add(ind);
                refused.remove(fileId);
            }
            // a date spelt another way is a problem of the text only: the indicator is still known to the pages citing it
            vn.gialai.cds.data.DataText.checkDates(rel, node, "$", problems);
        }
        // two Vietnamese pages at one address would overwrite each other
        Map<String, String> bySlug = new java.util.TreeMap<>();
        for (Indicator ind : out) {
            String other = bySlug.putIfAbsent(ind.slugVi(), ind.id());
            if (other != null) {
                problems.add(DIR + "/" + ind.id() + ".json", "$.slugVi: '" + ind.slugVi() + "' is already the Vietnamese address of "
                        + other + ".json. Give each indicator its own slugVi.");
            }
        }
        return out;
    }

    /**
     * The schema with the site's vocabularies filled in: the allowed values of pillar, sector, territory, level and
     * confidence are defined once, in vocabulary/, and the schema file only refers to them.
     */
    static JsonNode withVocabularies(JsonNode schema) {
        com.fasterxml.jackson.databind.node.ObjectNode defs = (com.fasterxml.jackson.databind.node.ObjectNode) schema.get("$defs");
        List<String> pillars = new ArrayList<>(Term.ids(Pillar.class));
        pillars.add(Pillar.CROSS_CUTTING);
        Map<String, List<String>> vocabularies = new java.util.LinkedHashMap<>();
        vocabularies.put("pillar", pillars);
        vocabularies.put("sector", Term.ids(Sector.class));
        vocabularies.put("territory", Term.ids(Territory.class));
        vocabularies.put("level", Term.ids(Level.class));
        vocabularies.put("confidence", Term.ids(Confidence.class));
        vocabularies.forEach((name, ids) -> {
            com.fasterxml.jackson.databind.node.ObjectNode def = defs.putObject(name);
            ids.forEach(def.putArray("enum")::add);
        });
        return schema;
    }

    /** Fields that were renamed: the old name is reported with the new one, so an editor knows what to write. */
    private static boolean renamedFields(String rel, JsonNode node, String at, Problems problems) {
        boolean found = false;
        if (node.isObject()) {
            if (node.has("scope")) {
                boolean top = at.equals("$");
                problems.add(rel, at + ".scope: this field is now called '" + (top ? "level" : "territory") + "' ("
                        + (top ? "province or national" : String.join(", ", Term.ids(Territory.class))) + "). Rename it; its value stays the same.");
                found = true;
            }
            var it = node.fields();
            while (it.hasNext()) {
                var e = it.next();
                found |= renamedFields(rel, e.getValue(), at + "." + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) found |= renamedFields(rel, node.get(i), at + "[" + i + "]", problems);
        }
        return found;
    }

    /** The schema library's message, with the path first and what to do. */
    /**
     * The schema's findings as problem lines, in the order of their places. A field whose name is one or two letters
     * from a required field that is missing at the same place ("unt" where "unit" is missing) is one mistake: one line
     * that names both, not the schema's two ("not defined", "required property not found").
     */
    static List<String> schemaMessages(Set<ValidationMessage> errors) {
        List<ValidationMessage> sorted = errors.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage))
                .toList();
        Set<ValidationMessage> merged = new java.util.HashSet<>();
        java.util.Map<ValidationMessage, String> lines = new java.util.HashMap<>();
        for (ValidationMessage unknown : sorted) {
            if (!"additionalProperties".equals(unknown.getType()) || unknown.getProperty() == null) continue;
            String at = unknown.getInstanceLocation().toString();
            List<ValidationMessage> missing = sorted.stream().filter(m -> "required".equals(m.getType()) && m.getProperty() != null
                    && !merged.contains(m) && m.getInstanceLocation().toString().equals(at)).toList();
            List<String> names = vn.gialai.cds.problems.Choices.nearest(unknown.getProperty(), missing.stream().map(ValidationMessage::getProperty).toList());
            if (names.isEmpty() || !vn.gialai.cds.problems.Choices.close(unknown.getProperty(), names.get(0))) continue;
            ValidationMessage required = missing.stream().filter(m -> m.getProperty().equals(names.get(0))).findFirst().orElseThrow();
            merged.add(unknown);
            merged.add(required);
            lines.put(unknown, at + ": '" + unknown.getProperty() + "' is not a field here, and the required field '" + required.getProperty()
                    + "' is missing: rename '" + unknown.getProperty() + "' to '" + required.getProperty()
                    + "'. See data/schema/indicator.schema.json for the format.");
        }
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : sorted) {
            if (lines.containsKey(m)) out.add(lines.get(m));
            else if (!merged.contains(m)) out.add(schemaMessage(m));
        }
        return out;
    }

    /** The id an indicator file stands for: its name without .json. */
    private static String idOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }

    static String schemaMessage(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        String msg = m.getMessage();
        if (msg.startsWith(path + ": ")) msg = msg.substring(path.length() + 2);
        return path + ": " + msg + ". See data/schema/indicator.schema.json for the format.";
    }

    private static void check(String rel, Path file, Indicator ind, SiteData data, Problems problems) {
        String expectedId = idOf(file);
        if (!ind.id().equals(expectedId)) {
            problems.add(rel, "$.id: is '" + ind.id() + "' but the file is named " + expectedId + ".json. Make them the same.");
        }
        for (int i = 0; i < ind.sources().size(); i++) source(rel, "$.sources[" + i + "]", ind.sources().get(i), data, problems);
        if (ind.baseline() != null) observation(rel, "$.baseline", ind.baseline(), ind, data, problems);
        for (int i = 0; i < ind.observations().size(); i++) {
            observation(rel, "$.observations[" + i + "]", ind.observations().get(i), ind, data, problems);
        }
        for (int i = 0; i < ind.targets().size(); i++) {
            Target t = ind.targets().get(i);
            String at = "$.targets[" + i + "]";
            for (int j = 0; j < t.sources().size(); j++) source(rel, at + ".sources[" + j + "]", t.sources().get(j), data, problems);
            if (t.year() < FIRST_YEAR || t.year() > LAST_YEAR) {
                problems.add(rel, at + ".year: " + t.year() + " is not a plausible year (" + FIRST_YEAR + "–" + LAST_YEAR + "). Check it.");
            }
            if ("qualitative".equals(t.operator()) && t.value() != null) {
                problems.add(rel, at + ".value: a qualitative target has no number. Set value to null or choose an operator.");
            }
            if (!"qualitative".equals(t.operator()) && t.value() == null) {
                problems.add(rel, at + ".value: the operator '" + t.operator() + "' needs a number. Give the value, or use operator \"qualitative\".");
            }
            if ("range".equals(t.operator()) && (t.valueMax() == null || t.value() == null || t.valueMax() < t.value())) {
                problems.add(rel, at + ".valueMax: a range needs valueMax at least as large as value.");
            }
            if (t.value() != null) percent(rel, at + ".value", t.value(), ind, problems);
            if (t.valueMax() != null) percent(rel, at + ".valueMax", t.valueMax(), ind, problems);
            if (ind.baseline() != null) {
                try {
                    if (t.year() <= ind.baseline().parsedPeriod().start().getYear()) {
                        problems.add(rel, at + ".year: the target year " + t.year() + " is not after the baseline ("
                                + ind.baseline().period() + "). A target lies after its baseline.");
                    }
                } catch (RuntimeException ignored) {
                    // the baseline's own period problem is reported where it is checked
                }
            }
            if (ind.isNational() != t.territory().equals(Territory.NATIONAL.id())) {
                problems.add(rel, at + ".territory: '" + t.territory() + "' does not fit an indicator of level '" + ind.level() + "'.");
            }
        }
    }

    private static void observation(String rel, String at, Observation o, Indicator ind, SiteData data, Problems problems) {
        source(rel, at + ".source", o.source(), data, problems);
        Period p;
        try {
            p = Period.parse(o.period());
        } catch (RuntimeException e) {
            problems.add(rel, at + ".period: '" + o.period() + "' is not a real period. Write 2022, 2025-08, 2025-03-22 or 2025-07-01/2025-08-24.");
            return;
        }
        if (p.start().getYear() < FIRST_YEAR || p.end().getYear() > LAST_YEAR) {
            problems.add(rel, at + ".period: " + o.period() + " is not a plausible period (" + FIRST_YEAR + "–" + LAST_YEAR + "). Check it.");
        }
        if ((o.value() == null) == (o.text() == null)) {
            problems.add(rel, at + ": give either a number in 'value' or the source's words in 'text', not both and not neither.");
        }
        if (o.outOf() != null && !"rank".equals(ind.unit())) {
            problems.add(rel, at + ".outOf: only a rank has 'outOf'. Set it to null.");
        }
        if (o.outOf() != null && o.value() != null && o.value() > o.outOf()) {
            problems.add(rel, at + ".value: rank " + o.value().intValue() + " is beyond the " + o.outOf() + " places ranked. Check both numbers.");
        }
        if (o.value() != null) percent(rel, at + ".value", o.value(), ind, problems);
        boolean national = ind.isNational();
        if (national != o.territory().equals(Territory.NATIONAL.id())) {
            problems.add(rel, at + ".territory: '" + o.territory() + "' does not fit an indicator of level '" + ind.level() + "'.");
        } else if (!national && p.start().isBefore(Period.MERGER) && !p.endsBeforeMerger() && p.text().length() > 4) {
            problems.add(rel, at + ".period: " + o.period() + " runs across the merger of 1 July 2025. A figure describes one territory: split it or correct the period.");
        } else if (Territory.PROVINCE_BEFORE_MERGER.id().equals(o.territory()) && !p.start().isBefore(Period.MERGER)) {
            // (The reverse is allowed: a figure about an earlier year can be recomputed for the merged province, as DTI 2024 was.)
            problems.add(rel, at + ".territory: is 'province-before-merger' but the period " + o.period()
                    + " starts after 1 July 2025, when old Gia Lai no longer existed. Use 'province-after-merger'.");
        }
    }

    private static void percent(String rel, String at, double v, Indicator ind, Problems problems) {
        if ("percent".equals(ind.unit()) && (v < 0 || v > 100)) {
            problems.add(rel, at + ": " + format(v) + " is not a percentage. A share lies between 0 and 100; check the figure and its unit.");
        }
    }

    private static void source(String rel, String at, String id, SiteData data, Problems problems) {
        if (!data.hasSource(id)) {
            problems.add(rel, at + ": source '" + id + "' is not in data/sources.json. Add it there or correct the id.");
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private IndicatorLoader() {}
}
