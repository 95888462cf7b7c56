package vn.gialai.cds.properties;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.SiteBuilder;
import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.HeaderParser;
import vn.gialai.cds.content.HeaderWriter;
import vn.gialai.cds.content.NewArticle;
import vn.gialai.cds.content.Slugs;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.search.Folding;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the parsers an editor's files go through, on random input: what is written is read back the same
 * (headers, indicator and source files however they are formatted), folding and slugs are stable, and random or
 * mutated input never crashes (so never a stack trace): a build either stops with problems or publishes a site that
 * passed every check.
 */
class ParsersPropertiesTest {
    private static final String ARTICLE = "content/vi/linh-vuc/nong-nghiep.md";
    private static final String INDICATOR = "data/indicators/mau-ty-le-truc-tuyen.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One fixture copy for the properties that load files: each try writes its file and puts the original back. */
    private static Path project;
    private static SiteData data;
    private static List<Indicator> indicators;

    @BeforeContainer
    static void loadTheFixtureOnce() {
        project = Projects.fixtureCopy();
        Problems problems = new Problems();
        data = DataLoader.load(project, problems);
        indicators = IndicatorLoader.load(project, data, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertEquals(5, indicators.size());
    }

    @AfterContainer
    static void forget() {
        project = null;
    }

    // ------------------------------------------------------------------ headers

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

    @Property(tries = 300)
    void aHeaderWrittenAndReadBackIsTheSameHeaderOnTheSameLines(@ForAll("fields") List<HeaderWriter.Field> fields,
                                                                @ForAll("bodies") String body) {
        String text = HeaderWriter.write(fields, body);
        Problems problems = new Problems();
        HeaderParser.Parsed parsed = HeaderParser.parse("f.md", text, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted() + " in\n" + text);
        assertNotNull(parsed);
        Map<String, String> expected = new LinkedHashMap<>();
        fields.forEach(f -> expected.put(f.key(), f.value()));
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(parsed.header().values().entrySet()), "same fields, same order");
        String[] lines = text.split("\n", -1);
        for (HeaderWriter.Field f : fields) {
            assertEquals(f.key() + "=" + f.value(), lines[parsed.header().line(f.key()) - 1], "the line a problem would name");
        }
        assertEquals(HeaderParser.SEPARATOR, lines[parsed.bodyFirstLine() - 2], "the body starts after the separator");
        assertEquals(body + "\n", parsed.body(), "the body, with the one final line end the parser gives every line");
    }

    @Property(tries = 300)
    void theWriterRefusesWhatCouldNotBeReadBack(@ForAll("anyKeys") String key, @ForAll("anyValues") String value) {
        String text;
        try {
            text = HeaderWriter.write(List.of(new HeaderWriter.Field(key, value)), "");
        } catch (IllegalArgumentException refused) {
            return; // refused, with a reason: never written wrong
        }
        Problems problems = new Problems();
        HeaderParser.Parsed parsed = HeaderParser.parse("f.md", text, problems);
        assertTrue(problems.isEmpty() && parsed != null, () -> "written but not readable: " + problems.sorted());
        assertEquals(Map.of(key, value), parsed.header().values());
    }

    @Provide
    Arbitrary<List<HeaderWriter.Field>> fields() {
        Arbitrary<String> key = Arbitraries.strings().withChars("abcxyzTKđĐếọ_.-~:#= ").ofMinLength(1).ofMaxLength(12)
                .map(k -> k.replace("=", "").strip()).filter(k -> !k.isEmpty() && !k.startsWith("#"));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().withChars("=~#:, \tabcđĐếọ\u00a0\uFEFF\u2028/").ofMaxLength(40).map(String::strip),
                Arbitraries.of("", "~~~~~~", "=", "a=b", "#", "Y tế", "2025-02-30", "digital-government,digital-economy"));
        Arbitrary<String> comment = Arbitraries.strings().withChars("=~# abcđ").ofMaxLength(20).injectNull(0.4);
        Arbitrary<HeaderWriter.Field> field = Combinators.combine(comment, key, value).as(HeaderWriter.Field::new);
        return field.list().ofMaxSize(10).uniqueElements(HeaderWriter.Field::key);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab #=~\n\rđế").ofMaxLength(60),
                Arbitraries.of("", "\n", "~~~~~~\n", "## Mở đầu\n\nVăn bản.\n", "title=not a header\n"));
    }

    @Provide
    Arbitrary<String> anyKeys() {
        return Arbitraries.strings().withChars("ab=# \t\r\n~đ").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> anyValues() {
        return Arbitraries.strings().withChars("ab=# \t\r\n~đ\u2028\u00a0").ofMaxLength(8);
    }

    @Property(tries = 60)
    void aNewArticleIsReadBackWithItsTitleKeyAndDate(@ForAll("titles") String title) throws IOException {
        Path dir = Temp.dir("new-article-prop-");
        var created = NewArticle.create(dir, title, null, Projects.FIXTURE_NOW);
        String oneLine = title.strip().replaceAll("\\s+", " ");
        for (Path file : List.of(created.vi(), created.en())) {
            Problems problems = new Problems();
            HeaderParser.Parsed parsed = HeaderParser.parse(file.toString(), Files.readString(file), problems);
            assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
            assertEquals(oneLine, parsed.header().get("title"));
            assertEquals(created.translationKey(), parsed.header().get("translationKey"));
            assertEquals("2026-01-15", parsed.header().get("date"));
            assertEquals("draft", parsed.header().get("status"));
            String name = file.getFileName().toString();
            assertTrue(Slugs.isSlug(name.substring(0, name.length() - 3)), "an ASCII address: " + name);
        }
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyĐẮẦỔỮáàảãạếọ0123456789 \t\n:–-,.?!\"'()").ofMinLength(1).ofMaxLength(60)
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit));
    }

    // ------------------------------------------------------------------ data files

    /** How an editor or a tool might save the same JSON: pretty, compact, tabs and CRLF, keys in another order. */
    enum Layout { PRETTY, COMPACT, TABS_CRLF, BOM_PRETTY }

    @Property(tries = 60)
    void aValidIndicatorFileReformattedStaysValidAndLoadsToTheSameIndicator(@ForAll("indicatorFiles") String file,
                                                                            @ForAll Layout layout, @ForAll long seed) throws IOException {
        Path f = project.resolve("data/indicators").resolve(file);
        String original = Files.readString(f);
        try {
            Files.writeString(f, reformat(JSON.readTree(original), layout, new Random(seed)), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            List<Indicator> loaded = IndicatorLoader.load(project, data, problems);
            assertTrue(problems.isEmpty(), () -> "reformatted as " + layout + ": " + problems.sorted());
            assertEquals(indicators, loaded, "the same indicators, value for value");
        } finally {
            Files.writeString(f, original, StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<String> indicatorFiles() throws IOException {
        try (Stream<Path> s = Files.list(Projects.fixtureSource().resolve("data/indicators"))) {
            return Arbitraries.of(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Property(tries = 20)
    void theSourcesFileReformattedLoadsToTheSameSources(@ForAll Layout layout, @ForAll long seed) throws IOException {
        Path f = project.resolve("data/sources.json");
        String original = Files.readString(f);
        try {
            Files.writeString(f, reformat(JSON.readTree(original), layout, new Random(seed)), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            SiteData again = DataLoader.load(project, problems);
            assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
            assertEquals(new ArrayList<>(data.sources().values()), new ArrayList<>(again.sources().values()), "same sources, same order");
            assertEquals(data.documents(), again.documents());
        } finally {
            Files.writeString(f, original, StandardCharsets.UTF_8);
        }
    }

    static String reformat(JsonNode node, Layout layout, Random random) throws IOException {
        JsonNode shuffled = shuffleKeys(node, random);
        String text = switch (layout) {
            case COMPACT -> JSON.writeValueAsString(shuffled);
            case PRETTY, BOM_PRETTY -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled);
            case TABS_CRLF -> JSON.writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("\t", "\r\n"))
                    .withArrayIndenter(new DefaultIndenter("\t", "\r\n"))).writeValueAsString(shuffled);
        };
        return layout == Layout.BOM_PRETTY ? "\uFEFF" + text + "\n" : text;
    }

    /** The same JSON with the keys of every object in a random order (arrays keep theirs: order is meaning there). */
    static JsonNode shuffleKeys(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String n : names) out.set(n, shuffleKeys(node.get(n), random));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(shuffleKeys(e, random)));
            return out;
        }
        return node;
    }

    // ------------------------------------------------------------------ folding and slugs

    private static final String VIETNAMESE = "aáàảãạăắằẳẵặâấầẩẫậbcdđeéèẻẽẹêếềểễệghiíìỉĩịklmnoóòỏõọôốồổỗộơớờởỡợpqrstuúùủũụưứừửữựvxyýỳỷỹỵ";
    private static final String BASE = "aaaaaaaaaaaaaaaaaabcddeeeeeeeeeeeeghiiiiiiklmnoooooooooooooooooopqrstuuuuuuuuuuuuvxyyyyyy";

    @Provide
    Arbitrary<String> vietnameseText() {
        return Arbitraries.strings().withChars(VIETNAMESE + VIETNAMESE.toUpperCase(Locale.ROOT) + "0123456789 ,.–-/()").ofMaxLength(40);
    }

    @Property(tries = 300)
    void foldingTwiceIsFoldingOnce(@ForAll("vietnameseText") String s, @ForAll String any) {
        assertEquals(Folding.fold(s), Folding.fold(Folding.fold(s)));
        assertEquals(Folding.fold(any), Folding.fold(Folding.fold(any)), "any text at all");
    }

    @Property(tries = 300)
    void foldingIgnoresCaseDiacriticsAndNormalForm(@ForAll("vietnameseText") String s) {
        String folded = Folding.fold(s);
        assertEquals(folded, Folding.fold(s.toUpperCase(Locale.ROOT)), "case");
        assertEquals(folded, Folding.fold(Normalizer.normalize(s, Normalizer.Form.NFD)), "decomposed letters, as some keyboards type them");
        StringBuilder plain = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = VIETNAMESE.indexOf(c);
            plain.append(i >= 0 ? BASE.charAt(i) : c);
        }
        assertEquals(plain.toString(), folded, "every letter to its base letter (by this test's own table), đ to d");
    }

    @Property(tries = 300)
    void wordsOfFoldedTextAreTheFoldedWords(@ForAll("vietnameseText") String s) {
        assertEquals(Folding.words(s).stream().map(Folding::fold).toList(), Folding.words(Folding.fold(s)));
        Folding.words(s).forEach(w -> assertFalse(w.isEmpty() || !w.codePoints().allMatch(Character::isLetterOrDigit), w));
    }

    @Property(tries = 300)
    void aSlugIsAlwaysAPlainAddressAndStaysItself(@ForAll String any, @ForAll("vietnameseText") String s) {
        for (String text : List.of(any, s)) {
            String slug = Slugs.slugify(text);
            assertTrue(Slugs.isSlug(slug), "'" + text + "' → '" + slug + "'");
            assertEquals(slug, Slugs.slugify(slug));
        }
    }

    // ------------------------------------------------------------------ mutated input never crashes

    @Property(tries = 150)
    void aMutatedArticleEitherLoadsOrIsReportedNeverCrashes(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits)
            throws Exception {
        withMutated(ARTICLE, edits, () -> {
            SiteConfig config = SiteConfig.load(project, null);
            Problems problems = new Problems();
            var d = DataLoader.load(project, problems);
            new ContentLoader(config, d, java.util.Map.of(), p -> p.isPublished()).load(problems);
        });
    }

    @Property(tries = 150)
    void aMutatedIndicatorFileEitherLoadsOrIsReportedNeverCrashes(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits)
            throws Exception {
        withMutated(INDICATOR, edits, () -> {
            Problems problems = new Problems();
            var d = DataLoader.load(project, problems);
            IndicatorLoader.load(project, d, problems);
        });
    }

    @Property(tries = 12)
    void aBuildOfMutatedInputStopsWithProblemsOrPublishesACheckedSite(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer, String>> edits,
                                                                       @ForAll boolean json) throws Exception {
        Path copy = Projects.fixtureCopy();
        Path f = copy.resolve(json ? INDICATOR : ARTICLE);
        Files.writeString(f, mutate(Files.readString(f), edits), StandardCharsets.UTF_8);
        Path out = Temp.dir("prop-").resolve("site");
        try {
            new SiteBuilder().build(BuildOptions.defaults(copy).withOut(out).withNow(Projects.FIXTURE_NOW));
            // published: it passed the link, language and HTML checks on its way out
            assertTrue(Files.isRegularFile(out.resolve("index.html")));
        } catch (BuildFailure failure) {
            assertTrue(failure.problems().size() > 0);
            assertFalse(Files.exists(out), "no half-built site");
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

    interface Load { void run() throws Exception; }

    /** Mutates one file of the shared fixture copy, runs the loader, and puts the file back whatever happened. */
    private static void withMutated(String file, List<Tuple.Tuple3<Integer, Integer, String>> edits, Load load) throws Exception {
        Path f = project.resolve(file);
        String original = Files.readString(f);
        try {
            Files.writeString(f, mutate(original, edits), StandardCharsets.UTF_8);
            load.run();
        } finally {
            Files.writeString(f, original, StandardCharsets.UTF_8);
        }
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
