package vn.gialai.cds.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import vn.gialai.cds.build.BuildOptions;
import vn.gialai.cds.build.SiteBuilder;
import vn.gialai.cds.build.SiteConfig;
import vn.gialai.cds.checks.BuildFailure;
import vn.gialai.cds.checks.Problems;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.HeaderParser;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.support.Projects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated input for the parsers an editor's files go through: never an exception escapes
 * (so never a stack trace), and a build either stops with problems or publishes a site that passed every check.
 */
class ParsersPropertiesTest {
        private static final String ARTICLE = "content/vi/linh-vuc/nong-nghiep.md";
    private static final String INDICATOR = "data/indicators/mau-ty-le-truc-tuyen.json";

    @Property(tries = 500)
    void theHeaderParserNeverThrows(@ForAll("headers") String text) {
        HeaderParser.parse("f.md", text, new Problems());
    }

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withChars("=~#: \tabcđĐếọ\r\u00a0\uFEFF").ofMaxLength(30),
                Arbitraries.of("title=Y tế", "type=page", "status=published", "date=2025-02-30", "~~~~~~", "=", "", "lang=vi"));
        return line.list().ofMaxSize(12).map(l -> String.join("\n", l));
    }

    @Property(tries = 150)
    void aMutatedArticleEitherLoadsOrIsReportedNeverCrashes(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits)
            throws Exception {
        Path project = mutatedCopy(ARTICLE, edits);
        SiteConfig config = SiteConfig.load(project, null);
        Problems problems = new Problems();
        var data = DataLoader.load(project, problems);
        new ContentLoader(config, data, Set.of(), p -> p.isPublished()).load(problems);
    }

    @Property(tries = 150)
    void aMutatedIndicatorFileEitherLoadsOrIsReportedNeverCrashes(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits)
            throws Exception {
        Path project = mutatedCopy(INDICATOR, edits);
        Problems problems = new Problems();
        var data = DataLoader.load(project, problems);
        IndicatorLoader.load(project, data, problems);
    }

    @Property(tries = 12)
    void aBuildOfMutatedInputStopsWithProblemsOrPublishesACheckedSite(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits,
                                                                       @ForAll boolean json) throws Exception {
        Path project = mutatedCopy(json ? INDICATOR : ARTICLE, edits);
        Path out = Files.createTempDirectory("prop-").resolve("site");
        try {
            new SiteBuilder().build(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));
            // published: it passed the link, language and HTML checks on its way out
            assertTrue(Files.isRegularFile(out.resolve("index.html")));
        } catch (BuildFailure f) {
            assertTrue(f.problems().size() > 0);
            assertTrue(!Files.exists(out), "no half-built site");
        }
    }

    /** Edits: (position, length to delete, text to insert), applied in turn. */
    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> mutations() {
        Arbitrary<String> inserts = Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[],:\"=~\n#<>/\\đơ0123456789.-").ofMaxLength(4),
                Arbitraries.of("NaN", "null", "\"x\"", "-1", "1e999", "~~~~~~\n", "date=2025-13-01\n", "<script>", "](javascript:", "\uFEFF"));
        return Arbitraries.integers().between(0, 4000)
                .flatMap(pos -> Arbitraries.integers().between(0, 6)
                        .flatMap(del -> inserts.map(ins -> Tuple.of(pos, del, ins))))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    /** A fresh copy of the project with one of its files mutated. */
    static Path mutatedCopy(String file, List<Tuple.Tuple3<Integer, Integer, String>> edits) throws java.io.IOException {
        Path project = Projects.fixtureCopy();
        Path f = project.resolve(file);
        Files.writeString(f, mutate(Files.readString(f), edits), StandardCharsets.UTF_8);
        return project;
    }

    static String mutate(String s, List<Tuple.Tuple3<Integer, Integer, String>> edits) {
        StringBuilder sb = new StringBuilder(s);
        for (var e : edits) {
            int at = Math.min(e.get1(), sb.length());
            int end = Math.min(at + e.get2(), sb.length());
            sb.replace(at, end, e.get3());
        }
        return sb.toString();
    }
}
