package vn.gialai.cds.robustness;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.content.HeaderParser;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;
import vn.gialai.cds.vocabulary.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in every form an editor's tools save it: decomposed accents give the same site; invisible characters in a field name are named. */
class UnicodeInputTest {

    /** Every page and data file saved as some Mac tools do (NFD: "ệ" as e + two combining marks): byte for byte the same site. */
    @Test
    void decomposedAccentsGiveTheSameSiteByteForByte() throws Exception {
        Path project = Projects.fixtureCopy();
        int changed = 0;
        try (Stream<Path> s = Stream.concat(Files.walk(project.resolve("content")), Files.walk(project.resolve("data")))) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
                if (!nfd.equals(text)) {
                    Files.writeString(f, nfd, StandardCharsets.UTF_8);
                    changed++;
                }
            }
        }
        assertTrue(changed > 10, "the fixture's Vietnamese files were rewritten in NFD: " + changed);
        Path out = Temp.dir("nfd-").resolve("site");
        Runs.buildOrFail(new BuildOptions(project, out, BuiltSite.SITE_URL).withNow(Projects.FIXTURE_NOW));
        assertEquals(Runs.fingerprint(BuiltSite.get().out), Runs.fingerprint(out));
    }

    @Test
    void aNoBreakSpaceOrZeroWidthSpaceInAFieldNameIsNamedWithItsLine() {
        for (String[] c : List.of(new String[]{"title\u00A0", "no-break space, U+00A0"}, new String[]{"ti\u200Btle", "zero width space, U+200B"},
                new String[]{"\u2060lang", "word joiner, U+2060"}, new String[]{"tags\u202F", "narrow no-break space, U+202F"})) {
            Problems problems = new Problems();
            String text = "type=page\n" + c[0] + "=Giới thiệu\n~~~~~~\nNội dung.\n";
            assertNull(HeaderParser.parse("content/vi/gioi-thieu.md", text, problems));
            assertEquals(1, problems.size());
            String en = problems.sorted().get(0).in(Language.EN);
            assertTrue(en.startsWith("content/vi/gioi-thieu.md:2: the field name '"), en);
            assertTrue(en.contains("holds an invisible character (" + c[1] + ")"), en);
            assertTrue(problems.sorted().get(0).in(Language.VI).contains("chứa một ký tự vô hình"), en);
        }
    }
}
