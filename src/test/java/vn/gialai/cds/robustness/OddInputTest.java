package vn.gialai.cds.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large and odd files, all in one fixture copy and one build: each is refused with one line naming it, the build
 * ends within a minute and a half with exit 1, never an out-of-memory error or a stack trace, and the last good site
 * is left as it was. The limits are in docs/robustness.md.
 */
class OddInputTest {
    private static Runs.Run run;
    private static long millis;
    private static Map<String, String> before;
    private static Map<String, String> after;

    @BeforeAll
    static void buildOddFiles() throws IOException {
        Path project = Projects.fixtureCopy();
        Path vi = project.resolve("content/vi");
        // 20 MB of Markdown after a valid header
        try (OutputStream o = Files.newOutputStream(vi.resolve("rat-lon.md"))) {
            o.write(header("rat-lon", "").getBytes(StandardCharsets.UTF_8));
            byte[] line = "Một dòng văn bản rất dài được lặp lại nhiều lần để thử giới hạn kích thước.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 20L * 1024 * 1024; written += line.length) o.write(line);
        }
        // 10,000 tags
        String tags = IntStream.range(0, 10_000).mapToObj(i -> "thẻ " + i).collect(Collectors.joining(", "));
        Files.writeString(vi.resolve("nhieu-the.md"), header("nhieu-the", "tags=" + tags + "\n") + "Nội dung.\n");
        // an empty file, a file with only a header
        Files.writeString(vi.resolve("trong.md"), "");
        Files.writeString(vi.resolve("chi-co-tieu-de.md"), header("chi-co-tieu-de", "").replace("~~~~~~\n", ""));
        // links: to a page of the project, and out of it
        Files.createSymbolicLink(vi.resolve("lien-ket-trong.md"), vi.resolve("gioi-thieu.md"));
        Path outside = Temp.dir("outside-").resolve("bi-mat.md");
        Files.writeString(outside, header("bi-mat", "") + "Không thuộc dự án.\n");
        Files.createSymbolicLink(vi.resolve("lien-ket-ngoai.md"), outside);
        Files.createSymbolicLink(vi.resolve("thu-muc-ngoai"), outside.getParent());
        // a data file of 100,000 observations
        ObjectMapper json = new ObjectMapper();
        ObjectNode ind = (ObjectNode) json.readTree(project.resolve("data/indicators/mau-ty-le-truc-tuyen.json").toFile());
        ArrayNode obs = (ArrayNode) ind.get("observations");
        var first = obs.get(0);
        obs.removeAll();
        for (int i = 0; i < 100_000; i++) obs.add(first.deepCopy());
        ind.put("id", "mau-rat-nhieu");
        json.writeValue(project.resolve("data/indicators/mau-rat-nhieu.json").toFile(), ind);

        Path out = Temp.dir("odd-large-").resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last good site");
        before = Runs.fingerprint(out);
        long t = System.nanoTime();
        run = Runs.build(project, out);
        millis = (System.nanoTime() - t) / 1_000_000;
        after = Runs.fingerprint(out);
        System.out.println("OddInputTest: the build of the odd files took " + millis + " ms");
    }

    private static String header(String key, String extra) {
        return "title=Trang thử " + key + "\ntype=page\nstatus=published\nlang=vi\ntranslationKey=" + key
                + "\ndate=2026-01-10\nsummary=Trang thử.\n" + extra + "~~~~~~\n";
    }

    private static String lineAbout(String file) {
        var lines = Arrays.stream(run.err().split("\n")).filter(l -> l.contains(file)).toList();
        assertEquals(1, lines.size(), file + " is named on one line:\n" + run.err());
        return lines.get(0);
    }

    @Test
    void theBuildStopsQuicklyWithoutAStackTraceAndLeavesTheLastGoodSite() {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(millis < 90_000, millis + " ms");
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("OutOfMemory"), run.err());
        assertEquals(before, after);
    }

    @Test
    void aTwentyMegabyteFileIsRefusedBySize() {
        assertTrue(lineAbout("content/vi/rat-lon.md").contains("more than the 1000 kB a source file may have"), run.err());
    }

    @Test
    void aDataFileOfAHundredThousandObservationsIsRefusedBySize() {
        assertTrue(lineAbout("data/indicators/mau-rat-nhieu.json").contains("kB a source file may have"), run.err());
    }

    @Test
    void tenThousandTagsAreRefused() {
        assertTrue(lineAbout("content/vi/nhieu-the.md").contains("the field 'tags' lists 10000 values; a page may have at most 50"), run.err());
    }

    @Test
    void anEmptyFileAndAHeaderWithoutTextAreNamed() {
        assertTrue(lineAbout("content/vi/trong.md").contains("the file is empty"), run.err());
        assertTrue(lineAbout("content/vi/chi-co-tieu-de.md").contains("the header has no end line"), run.err());
    }

    @Test
    void symbolicLinksAreRefusedWhereverTheyLead() {
        assertTrue(lineAbout("content/vi/lien-ket-trong.md").contains("is a symbolic link"), run.err());
        assertTrue(lineAbout("content/vi/lien-ket-ngoai.md").contains("is a symbolic link"), run.err());
        assertTrue(lineAbout("content/vi/thu-muc-ngoai").contains("is a symbolic link"), run.err());
        assertFalse(run.err().contains("thu-muc-ngoai/"), "the folder outside was never entered");
    }
}
