package vn.gialai.cds.outputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.Pillar;
import vn.gialai.cds.vocabulary.Sector;
import vn.gialai.cds.vocabulary.Term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editors' CMS at /admin/ (Decap CMS, see docs/cms-choice.md): admin/index.html, the site's own content format
 * (admin/jbake-format.js), admin/config.yml with its lists filled from the one definition of each vocabulary and from
 * data/indicators/, index.html naming the site's stylesheet and the words the site's pages add (for the CMS's preview
 * pane, admin/preview.js), and the CMS's own script copied from
 * node_modules/decap-cms/dist with its licence (no CDN). Written after the output checks: /admin/ is a tool for
 * editors, not a page of the site, and none of the public pages links to it or loads anything from it. Without
 * node_modules (npm ci not run) the build writes no admin/ folder and says so.
 */
public final class AdminFiles implements SiteOutput {
    public static final String DIR = "admin";
    private static final String CMS_DIST = "node_modules/decap-cms/dist";

    private final Path projectDir;
    private final String stylesheet;
    private final List<String> sourceIds;
    private final Map<Language, Messages> messages;

    /**
     * stylesheet: the site's joined stylesheet, from the site root ("assets/css/site.3f9a1c20de.css"); sourceIds: the
     * ids of data/sources.json, offered as an observation's source; messages: the site's words (templates/i18n).
     */
    public AdminFiles(Path projectDir, String stylesheet, java.util.Collection<String> sourceIds,
                      Map<Language, Messages> messages) {
        this.projectDir = projectDir;
        this.stylesheet = stylesheet;
        this.sourceIds = sourceIds.stream().sorted().toList();
        this.messages = messages;
    }

    /** Whether the CMS's script is installed (npm ci), so that /admin/ can be written. */
    public boolean available() {
        return Files.isRegularFile(projectDir.resolve(CMS_DIST).resolve("decap-cms.js"))
                && Files.isRegularFile(projectDir.resolve(DIR).resolve("config.yml"));
    }

    @Override
    public String name() { return "admin"; }

    @Override
    public void write(Path staging) throws IOException {
        if (!available()) return;
        Path out = staging.resolve(DIR);
        Files.createDirectories(out);
        Path src = projectDir.resolve(DIR);
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") || n.endsWith(".md")) continue;
                if (n.equals("config.yml")) {
                    Files.writeString(out.resolve(n), config(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                } else if (n.equals("index.html")) {
                    Files.writeString(out.resolve(n), Files.readString(p, StandardCharsets.UTF_8).replace("\"@site\"", site()),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(p, out.resolve(n));
                }
            }
        }
        Path dist = projectDir.resolve(CMS_DIST);
        try (Stream<Path> s = Files.list(dist)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString();
                // the bundle with React inside (decap-cms-app's needs React as page globals, which React 19 no
                // longer ships), its chunks, its WebAssembly and its licence notices; not the source maps, nor the
                // second copy the package keeps under the old name cms.js
                boolean ours = n.endsWith("decap-cms.js") || n.endsWith(".wasm") || n.equals("decap-cms.js.LICENSE.txt");
                if (!ours) continue;
                Files.copy(p, out.resolve(n));
            }
        }
    }

    /**
     * What the preview pane takes from the site, as JSON: the stylesheet the public pages load (from /admin/, so
     * "../assets/css/site.3f9a1c20de.css", right under any base path) and, per language, the words the site's news
     * template adds around what the editor wrote.
     */
    String site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("stylesheet", "../" + stylesheet);
        Map<String, Object> words = new LinkedHashMap<>();
        for (Language lang : Language.values()) {
            Messages m = messages.get(lang);
            if (m == null) continue;
            words.put(lang.code(), Map.of("imageCredit", m.get("news.image-credit")));
        }
        // what the build says of a photo without its description, said by the form too (admin/checks.js)
        Map<String, Object> refusals = new LinkedHashMap<>();
        for (Language lang : Language.values()) {
            refusals.put(lang.code(), Map.of("imageAlt", Msg.of("header.image-alt").in(lang)));
        }
        site.put("words", words);
        site.put("refusals", refusals);
        try {
            // inside a <script> element: "</" must not end it early
            return new ObjectMapper().writeValueAsString(site).replace("</", "<\\/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** config.yml with "@pillars", "@sectors", "@indicators", "@territories", "@confidence" and "@sources" replaced by the ids they stand for. */
    public String config(String template) throws IOException {
        return template.replace("\"@pillars\"", list(ids(Pillar.values())))
                .replace("\"@sectors\"", list(ids(Sector.values())))
                .replace("\"@indicators\"", list(indicatorIds()))
                .replace("\"@territories\"", list(ids(vn.gialai.cds.vocabulary.Territory.values())))
                .replace("\"@confidence\"", list(ids(vn.gialai.cds.vocabulary.Confidence.values())))
                .replace("\"@sources\"", list(sourceIds));
    }

    private static List<String> ids(Term[] terms) {
        return Arrays.stream(terms).map(Term::id).toList();
    }

    private List<String> indicatorIds() throws IOException {
        Path dir = projectDir.resolve("data/indicators");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    private static String list(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
