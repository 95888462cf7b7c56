package vn.gialai.cds.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor's mistake gets, each mistake made on a fresh copy of the fixture site: the build stops (exit 1) with one line naming the file, the line and
 * the fix, prints no stack trace, and leaves the last good site exactly as it was.
 */
class BrokenInputTest {
    private static final String AGRI = "content/vi/linh-vuc/nong-nghiep.md";
    private static final String IND = "data/indicators/mau-ty-le-truc-tuyen.json";
    private static final String NEWS = "content/vi/tin-tuc/bai-mau-hoi-thao.md";
    private static Path goodOutput;

    /** One breakage: what to do to a fresh copy of the project, and the line the editor must see. */
    record Breakage(String name, Edit edit, String expected) {
        @Override public String toString() { return name; }
    }

    interface Edit { void apply(Path project) throws IOException; }

    /** The template line the template breakages below edit, wherever it is today. */
    private static final int SECTOR_TEMPLATE_END = lineOf("templates/sector.ftl", "</@layout.article>");

    @BeforeAll
    static void theLastGoodSite() {
        goodOutput = BuiltSite.get().out; // the shared build of the fixture; each breakage gets a copy of it
    }

    private static int lineOf(String file, String text) {
        try {
            return Edits.lineOf(Projects.real(), file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("header without its end line", p -> replace(p, AGRI, "~~~~~~\n", ""),
                        AGRI + ":1: the header has no end line"),
                new Breakage("header line that is not key=value", p -> replace(p, AGRI, "type=sector\n", "type=sector\nNông nghiệp\n"),
                        AGRI + ":3: 'Nông nghiệp' is not a header field"),
                new Breakage("missing title", p -> replace(p, AGRI, "title=Nông nghiệp\n", ""),
                        AGRI + ":1: the header field 'title' is missing"),
                new Breakage("missing type", p -> replace(p, AGRI, "type=sector\n", ""),
                        AGRI + ":1: the header field 'type' is missing"),
                new Breakage("missing status", p -> replace(p, AGRI, "status=published\n", ""),
                        AGRI + ":1: the header field 'status' is missing"),
                new Breakage("missing translation key", p -> replace(p, AGRI, "translationKey=sector-agriculture\n", ""),
                        AGRI + ":1: the header field 'translationKey' is missing"),
                new Breakage("missing language", p -> replace(p, AGRI, "lang=vi\n", ""),
                        AGRI + ":1: the header field 'lang' is missing"),
                new Breakage("language that does not match the folder", p -> replace(p, AGRI, "lang=vi\n", "lang=en\n"),
                        AGRI + ":4: lang is 'en' but the file is in content/vi/"),
                new Breakage("impossible date", p -> replace(p, AGRI, "date=2026-01-12", "date=2025-02-30"),
                        AGRI + ":6: date '2025-02-30' is not a real date"),
                new Breakage("date written day first", p -> replace(p, AGRI, "date=2026-01-12", "date=15/05/2025"),
                        AGRI + ":6: date '15/05/2025' is not a real date"),
                new Breakage("empty date", p -> replace(p, AGRI, "date=2026-01-12", "date="),
                        AGRI + ":6: the header field 'date' is missing or empty"),
                new Breakage("unknown type", p -> replace(p, AGRI, "type=sector\n", "type=sectr\n"),
                        AGRI + ":2: type 'sectr' is unknown. Use one of:"),
                new Breakage("misspelt header field", p -> replace(p, AGRI, "summary=", "sumary="),
                        AGRI + ":7: unknown header field 'sumary', and the required field 'summary' is missing: rename 'sumary' to 'summary'."),
                new Breakage("misspelt optional header field", p -> replace(p, AGRI, "order=1", "ordr=1"),
                        AGRI + ":9: unknown header field 'ordr': did you mean 'order'?"),
                new Breakage("unknown sector", p -> replace(p, AGRI, "sector=agriculture", "sector=agricultur"),
                        AGRI + ":8: sector 'agricultur' is unknown. Use one of: agriculture, education"),
                new Breakage("non-ASCII file name", p -> Files.move(p.resolve("content/vi/linh-vuc/du-lich.md"),
                                p.resolve("content/vi/linh-vuc/du-lịch.md")),
                        "content/vi/linh-vuc/du-lịch.md: the name 'du-lịch' is not a plain address. Use lower-case ASCII letters, digits and '-', e.g. rename it to 'du-lich'"),
                new Breakage("two pages with one address", p -> {
                            Files.createDirectories(p.resolve("content/vi/linh-vuc/nong-nghiep"));
                            Files.writeString(p.resolve("content/vi/linh-vuc/nong-nghiep/index.md"),
                                    Files.readString(p.resolve(AGRI)).replace("translationKey=sector-agriculture", "translationKey=sector-agriculture-2"));
                        },
                        "has the same address /linh-vuc/nong-nghiep/ as"),
                new Breakage("two pages with one translation key", p -> replace(p, "content/vi/linh-vuc/y-te.md",
                                "translationKey=sector-health", "translationKey=sector-agriculture"),
                        "has the same translationKey 'sector-agriculture' as"),
                new Breakage("message key missing in one language", p -> Edits.removeLine(p, "templates/i18n/en.properties", "skip-link="),
                        "templates/i18n/en.properties: message key 'skip-link' exists in vi.properties but not here"),
                new Breakage("template using a key no bundle has", p -> replace(p, "templates/sector.ftl",
                                "</@layout.article>", "${t(\"no.such.key\")}</@layout.article>"),
                        "templates/sector.ftl:" + SECTOR_TEMPLATE_END + ": uses message key 'no.such.key'"),
                new Breakage("template error", p -> replace(p, "templates/sector.ftl",
                                "</@layout.article>", "${page.noSuchField}</@layout.article>"),
                        "templates/sector.ftl:" + SECTOR_TEMPLATE_END + ": 'page.noSuchField' is missing"),
                new Breakage("link to a page that does not exist", p -> replace(p, AGRI, "~~~~~~\n",
                                "~~~~~~\nXem [trang này](/linh-vuc/khong-co/).\n"),
                        AGRI + ":11: links to '/linh-vuc/khong-co/', but no page has that address"),
                new Breakage("relative link", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\nXem [y tế](y-te).\n"),
                        AGRI + ":11: the link 'y-te' is relative"),
                new Breakage("unknown source", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\nTheo [một nguồn](source:S99).\n"),
                        AGRI + ":11: cites source 'S99', which is not in data/sources.json"),
                new Breakage("a script in an article", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\n<script>alert(1)</script>\n"),
                        AGRI + ":11: raw HTML <script> is not allowed"),
                new Breakage("an iframe in an article", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\nXem <iframe src=\"https://example.org\"></iframe>\n"),
                        AGRI + ":11: raw HTML <iframe> is not allowed"),
                new Breakage("an event handler in allowed HTML", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\n<abbr title=\"x\" onmouseover=\"alert(1)\">DTI</abbr>\n"),
                        AGRI + ":11: raw HTML onmouseover= is not allowed"),
                new Breakage("a style block", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\n<style>body{display:none}</style>\n"),
                        AGRI + ":11: raw HTML <style> is not allowed"),
                new Breakage("a javascript: link", p -> replace(p, AGRI, "~~~~~~\n", "~~~~~~\n[bấm](javascript:alert(1))\n"),
                        AGRI + ":11: the link 'javascript:alert(1)' is not allowed"),
                new Breakage("a wrong type of value", p -> replace(p, AGRI, "order=1", "order=một"),
                        AGRI + ":9: order 'một' is not a whole number"),
                new Breakage("a template that writes invalid HTML", p -> replace(p, "templates/sector.ftl",
                                "</@layout.article>", "<p><div>x</div></p></@layout.article>"),
                        "content/vi/linh-vuc/nong-nghiep.md: is not valid HTML in linh-vuc/nong-nghiep/index.html"),
                new Breakage("a 5 MB file", p -> Files.writeString(p.resolve(AGRI), Files.readString(p.resolve(AGRI)) + "x".repeat(5_000_000)),
                        AGRI + ": the file is 5"),
                new Breakage("empty file", p -> Files.writeString(p.resolve(AGRI), ""),
                        AGRI + ":1: the file is empty"),
                new Breakage("not UTF-8", p -> Files.write(p.resolve(AGRI), "title=N\u00f4ng\n".getBytes(StandardCharsets.ISO_8859_1)),
                        AGRI + ": the file is not UTF-8 text"),
                new Breakage("JSON with a trailing comma", p -> replace(p, "data/sources.json", "\n]", ",\n]"),
                        "data/sources.json:"),
                new Breakage("a required page missing in one language", p -> Files.delete(p.resolve("content/en/about.md")),
                        "content/en: has no published page with translationKey=about"),
                new Breakage("news with a misspelt sector", p -> replace(p, NEWS, "sectors=", "sectors=helth,"),
                        NEWS + ":9: sectors: 'helth' is unknown. Use one of: agriculture, education, health"),
                new Breakage("news with an invalid date", p -> replace(p, NEWS, "date=2024-03-12", "date=2024-02-30"),
                        NEWS + ":6: date '2024-02-30' is not a real date"),
                new Breakage("news with a missing image file", p -> replace(p, NEWS, "~~~~~~", "image=/assets/images/khong-co.jpg\nimageAlt=Ảnh\n~~~~~~"),
                        NEWS + ":12: the image '/assets/images/khong-co.jpg' does not exist"),
                new Breakage("news with an image but no alt text", p -> {
                            Files.createDirectories(p.resolve("assets/images"));
                            Files.write(p.resolve("assets/images/anh.jpg"), new byte[]{1});
                            replace(p, NEWS, "~~~~~~", "image=/assets/images/anh.jpg\n~~~~~~");
                        },
                        NEWS + ":12: the image has no imageAlt"),
                new Breakage("news with an unknown pillar", p -> replace(p, NEWS, "pillars=", "pillars=digital-goverment,"),
                        NEWS + ":8: pillars: 'digital-goverment' is unknown. Use one of: digital-government, digital-economy, digital-society"),
                new Breakage("indicator data with a broken comma", p -> replace(p, IND, "\"pillar\": \"digital-government\",", "\"pillar\": \"digital-government\""),
                        IND + ":"),
                new Breakage("indicator data with a string where a number belongs", p -> replace(p, IND, "\"value\": 40.5,", "\"value\": \"40.5\","),
                        IND + ": $.observations[0].value: string found, [number, null] expected"),
                new Breakage("indicator data citing an unknown source", p -> replace(p, IND, "\"source\": \"S01\"", "\"source\": \"S98\""),
                        IND + ": $.observations[0].source: source 'S98' is not in data/sources.json"),
                new Breakage("indicator data with a percentage of 130", p -> replace(p, IND, "\"value\": 40.5,", "\"value\": 130,"),
                        IND + ": $.observations[0].value: 130 is not a percentage"),
                new Breakage("indicator data with a misspelt required field", p -> replace(p, IND, "\"unit\":", "\"unt\":"),
                        IND + ": $: 'unt' is not a field here, and the required field 'unit' is missing: rename 'unt' to 'unit'."),
                new Breakage("indicator data with an unknown field", p -> replace(p, IND, "\"headline\":", "\"headlin\": true, \"headline\":"),
                        IND + ": $: property 'headlin' is not defined in the schema and the schema does not allow additional properties"),
                new Breakage("indicator data with NaN", p -> replace(p, IND, "\"value\": 40.5,", "\"value\": NaN,"),
                        IND + ":"),
                new Breakage("indicator data with an impossible period", p -> replace(p, IND, "\"period\": \"2022\"", "\"period\": \"2022-13\""),
                        IND + ": $.observations[0].period: '2022-13' is not a real period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void stopsWithOneClearLineAndKeepsTheLastGoodSite(Breakage b) throws IOException {
        assertRefused(b);
    }

    /**
     * One mistake, one line: an indicator file with a mistake is refused, and the articles that name it in their header
     * (mau-xep-hang) or link to its page in their text (mau-ty-le-truc-tuyen, in both languages) are not refused too.
     */
    @Test
    void aBrokenIndicatorFileIsOneProblemNotOneMorePerArticleThatNamesOrLinksToIt() throws IOException {
        Path project = Projects.fixtureCopy();
        String named = "data/indicators/mau-xep-hang.json";
        replace(project, named, "\"headline\":", "\"headlin\": true, \"headline\":");
        replace(project, IND, "\"headline\":", "\"headlin\": true, \"headline\":");
        assertTrue(Files.readString(project.resolve("content/en/news/sample-steering-committee-meeting.md")).contains("indicators=mau-xep-hang"));
        assertTrue(Files.readString(project.resolve("content/vi/tin-tuc/bai-mau-hoi-thao.md")).contains("](/tien-do/mau-ty-le-truc-tuyen/)"));
        Runs.Run run = Runs.build(project, Temp.dir("out-").resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(named + ": $: property 'headlin'"), run.err());
        assertTrue(run.err().contains(IND + ": $: property 'headlin'"), run.err());
        assertFalse(run.err().contains("content/"), "no article refused for the indicators' mistakes:\n" + run.err());
    }

    /**
     * One mistake, one line: a page refused for a mistake in its header (here the agriculture page's type misspelt) is
     * named once; the pages that link to its address in their text (the digital economy pillar, an article) are not
     * reported as linking to a page that does not exist.
     */
    @Test
    void aPageRefusedForItsHeaderIsOneProblemNotOneMorePerPageThatLinksToIt() throws IOException {
        Path project = Projects.fixtureCopy();
        replace(project, AGRI, "type=", "typo=");
        assertTrue(Files.readString(project.resolve("content/vi/tru-cot/kinh-te-so.md")).contains("](/linh-vuc/nong-nghiep/)"));
        Runs.Run run = Runs.build(project, Temp.dir("out-").resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(AGRI + ":2: unknown header field 'typo'"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("content/")).count(), "one line, for the page's own mistake:\n" + run.err());
    }

    /**
     * A template mistake on a page made from data (a news list, which has no file of its own) names the template's line
     * and the page by its address, not by a path climbing out of the project; and it is one line, however many list
     * pages it broke.
     */
    @Test
    void aTemplateMistakeOnAListPageIsOneLineNamingAPageByItsAddress() throws IOException {
        Path project = Projects.fixtureCopy();
        replace(project, "templates/news-list.ftl", "<@pagination.pagination p=l.pagination/>",
                "${page.noSuchField}<@pagination.pagination p=l.pagination/>");
        Runs.Run run = Runs.build(project, Temp.dir("out-").resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        // the expression named, without FreeMarker's sentence that only introduces it ("…null or missing:")
        assertTrue(run.err().contains("templates/news-list.ftl:10: 'page.noSuchField' is missing or null (while rendering "), run.err());
        assertTrue(run.err().contains("(while rendering tin-tuc/") || run.err().contains("(while rendering en/news/"), run.err());
        assertFalse(run.err().contains("../"), "the page named by its address:\n" + run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("templates/news-list.ftl")).count(), run.err());
        assertTrue(run.err().contains(" other pages). Fix the template."), run.err());
    }

    /** A required header field misspelt is one mistake: the line that names both spellings, not also "missing". */
    @Test
    void aMisspeltRequiredHeaderFieldIsOneLineNotAlsoAMissingField() throws IOException {
        Path project = Projects.fixtureCopy();
        replace(project, AGRI, "summary=", "sumary=");
        Runs.Run run = Runs.build(project, Temp.dir("out-").resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(AGRI + ":7: unknown header field 'sumary', and the required field 'summary' is missing"), run.err());
        assertFalse(run.err().contains("'summary' is missing or empty"), "the same mistake said twice:\n" + run.err());
    }

    /** A required field misspelt is one mistake: one line that names both spellings, not the schema's two. */
    @Test
    void aMisspeltRequiredFieldIsOneLine() throws IOException {
        Path project = Projects.fixtureCopy();
        replace(project, IND, "\"unit\":", "\"unt\":");
        Runs.Run run = Runs.build(project, Temp.dir("out-").resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains(IND)).count(), run.err());
    }

    /** The breakage made on a fresh copy of the fixture: exit 1, the expected line, no stack trace, the last good site untouched. */
    static void assertRefused(Breakage b) throws IOException {
        if (goodOutput == null) theLastGoodSite();
        Path project = Projects.fixtureCopy();
        Path out = Temp.dir("out-").resolve("site");
        Projects.copyTree(goodOutput, out);
        Map<String, String> before = Runs.fingerprint(out);

        b.edit().apply(project);
        Runs.Run run = Runs.build(project, out);

        assertEquals(1, run.exitCode(), "exit code; stderr was:\n" + run.err());
        assertTrue(run.err().contains(b.expected()), "expected a line containing\n  " + b.expected() + "\nbut got:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertFalse(run.err().contains("Exception"), "no exception names:\n" + run.err());
        assertEquals(before, Runs.fingerprint(out), "the last good site must be left exactly as it was");
        assertFalse(Files.exists(out.resolveSibling("site.staging")), "no half-built site is left behind");
    }

    static void replace(Path project, String file, String from, String to) throws IOException {
        Edits.replace(project, file, from, to);
    }
}
