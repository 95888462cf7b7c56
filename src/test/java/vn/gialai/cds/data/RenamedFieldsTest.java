package vn.gialai.cds.data;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.problems.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data field `scope` became `territory` (a figure, a target, a document) and `level` (an indicator): a file written
 * with the old name is refused with the new name, so the editor knows what to write.
 */
class RenamedFieldsTest {
    private static final Path REAL = Path.of("").toAbsolutePath();
    private static final Path FIXTURE = REAL.resolve("src/test/resources/fixture-site");

    @Test
    void anIndicatorWithTheOldFieldNamesIsToldTheNewOnes() throws Exception {
        Path project = Files.createTempDirectory("renamed-");
        Files.createDirectories(project.resolve("data/schema"));
        Files.createDirectories(project.resolve("data/indicators"));
        Files.copy(REAL.resolve(IndicatorLoader.SCHEMA), project.resolve(IndicatorLoader.SCHEMA));
        String file = Files.readString(FIXTURE.resolve("data/indicators/mau-xep-hang.json"))
                .replace("\"level\":", "\"scope\":").replace("\"territory\":", "\"scope\":");
        Files.writeString(project.resolve("data/indicators/mau-xep-hang.json"), file);
        Problems problems = new Problems();
        IndicatorLoader.load(project, new SiteData(java.util.Map.of(), List.of()), problems);
        List<String> lines = problems.sorted().stream().map(Problem::toString).toList();
        assertTrue(lines.contains("data/indicators/mau-xep-hang.json: $.scope: this field is now called 'level' (province or national)."
                + " Rename it; its value stays the same."), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data/indicators/mau-xep-hang.json: $.observations[0].scope: this field is now"
                + " called 'territory' (province-before-merger, province-after-merger, national).")), String.join("\n", lines));
    }

    @Test
    void aDocumentWithTheOldFieldNameIsToldTheNewOne() throws Exception {
        Path project = Files.createTempDirectory("renamed-");
        Files.createDirectories(project.resolve("data"));
        Files.copy(FIXTURE.resolve("data/sources.json"), project.resolve("data/sources.json"));
        Files.writeString(project.resolve("data/documents.json"),
                Files.readString(FIXTURE.resolve("data/documents.json")).replaceFirst("\"territory\":", "\"scope\":"));
        Problems problems = new Problems();
        DataLoader.load(project, problems);
        String all = String.join("\n", problems.sorted().stream().map(Problem::toString).toList());
        assertTrue(all.contains("data/documents.json:") && all.contains("the field 'scope' is now called 'territory'. Rename it"), all);
    }
}
