package vn.gialai.cds.outputs;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.Target;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gialai.cds.data.Localized;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.data.Source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures as files people can download: each indicator as CSV and JSON, and the whole dataset as one
 * CSV and one JSON, under data/ in the site. CSV is UTF-8 with a byte-order mark, so spreadsheet programs
 * read the Vietnamese correctly; one row per figure (baseline, observation or target), each with its period
 * and source.
 */
public final class DataExport implements SiteOutput {
    static final List<String> COLUMNS = List.of("indicator_id", "indicator_name_vi", "indicator_name_en", "row_type",
            "period", "value", "out_of", "operator", "value_max", "text_vi", "text_en", "unit", "territory",
            "source_id", "source_publisher", "source_url", "confidence", "note_vi", "note_en", "status");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final List<Indicator> indicators;
    private final Map<String, Assessment> assessments;
    private final SiteData data;

    public DataExport(List<Indicator> indicators, Map<String, Assessment> assessments, SiteData data) {
        this.indicators = indicators;
        this.assessments = assessments;
        this.data = data;
    }

    @Override
    public String name() { return "data downloads"; }

    /** The files write makes, by their path in the site. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        for (Indicator ind : indicators) {
            files.add(Addresses.indicatorCsv(ind.id()));
            files.add(Addresses.indicatorJson(ind.id()));
        }
        files.add("data/indicators.csv");
        files.add("data/indicators.json");
        return files;
    }

    @Override
    public void write(Path siteRoot) throws IOException {
        Path dir = siteRoot.resolve("data");
        Files.createDirectories(dir);
        List<List<String>> all = new ArrayList<>();
        ArrayNode everything = JSON.createArrayNode();
        for (Indicator ind : indicators) {
            List<List<String>> rows = rows(ind, assessments.get(ind.id()), data);
            all.addAll(rows);
            writeCsv(siteRoot.resolve(Addresses.indicatorCsv(ind.id())), rows);
            ObjectNode node = json(ind, assessments.get(ind.id()));
            everything.add(node);
            Files.writeString(siteRoot.resolve(Addresses.indicatorJson(ind.id())), JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        }
        writeCsv(siteRoot.resolve("data/indicators.csv"), all);
        Files.writeString(siteRoot.resolve("data/indicators.json"), JSON.writeValueAsString(everything) + "\n", StandardCharsets.UTF_8);
    }

    static List<List<String>> rows(Indicator ind, Assessment a, SiteData data) {
        List<List<String>> rows = new ArrayList<>();
        String status = a == null ? "" : a.status().id();
        if (ind.baseline() != null) rows.add(observationRow(ind, "baseline", ind.baseline(), data, status));
        for (Observation o : ind.chronological()) rows.add(observationRow(ind, "observation", o, data, status));
        for (Target t : ind.targets()) {
            String src = String.join(" ", t.sources());
            Source s = t.sources().isEmpty() ? null : data.sources().get(t.sources().get(0));
            rows.add(List.of(ind.id(), ind.name().vi(), ind.name().en(), "target", String.valueOf(t.year()), num(t.value()), "",
                    t.operator(), num(t.valueMax()), t.text().vi(), t.text().en(), ind.unitLabel().en(), t.territory(), src,
                    s == null ? "" : s.publisher(), s == null ? "" : s.url(), t.confidence(), vi(t.note()), en(t.note()), status));
        }
        return rows;
    }

    private static List<String> observationRow(Indicator ind, String type, Observation o, SiteData data, String status) {
        Source s = data.sources().get(o.source());
        return List.of(ind.id(), ind.name().vi(), ind.name().en(), type, o.period(), num(o.value()),
                o.outOf() == null ? "" : String.valueOf(o.outOf()), "", "", vi(o.text()), en(o.text()), ind.unitLabel().en(),
                o.territory(), o.source(), s == null ? "" : s.publisher(), s == null ? "" : s.url(), o.confidence(),
                vi(o.note()), en(o.note()), status);
    }

    private static ObjectNode json(Indicator ind, Assessment a) {
        ObjectNode node = JSON.valueToTree(ind);
        if (a != null) {
            ObjectNode st = node.putObject("status");
            st.put("status", a.status().id());
            st.put("reason", a.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (!Double.isNaN(a.observedRate())) st.put("observedYearlyRate", a.observedRate());
            if (!Double.isNaN(a.requiredRate())) st.put("requiredYearlyRate", a.requiredRate());
            if (a.start() != null) st.put("startPeriod", a.start().period());
            if (a.latest() != null) st.put("latestPeriod", a.latest().period());
            if (a.target() != null) st.put("targetYear", a.target().year());
        }
        return node;
    }

    private static void writeCsv(Path file, List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) cells.add(csv(c));
            sb.append(String.join(",", cells)).append("\r\n");
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break; double the quotes inside. */
    static String csv(String s) {
        if (s == null) return "";
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String num(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String vi(Localized l) { return l == null ? "" : l.vi(); }
    private static String en(Localized l) { return l == null ? "" : l.en(); }

}
