package vn.gialai.cds.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.cli.Main;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who runs the site (data/organisation.json) and the related portals (data/portals.json): every field in every footer
 * and in full on the about page, in both languages; a notice in place of each empty one, a note from the build, and
 * `./site publish` refusing to publish to production until they are filled.
 */
class OperatorDetailsTest {
    /** The fixture's sample values (marked as examples there), by field, in Vietnamese and English. */
    private static final Map<String, List<String>> FIXTURE = new LinkedHashMap<>();
    static {
        FIXTURE.put("managingAgency", List.of("Cơ quan chủ quản mẫu (ví dụ)", "Sample managing agency (example)"));
        FIXTURE.put("unitInCharge", List.of("Đơn vị phụ trách mẫu (ví dụ)", "Sample unit in charge (example)"));
        FIXTURE.put("personResponsible", List.of("Người chịu trách nhiệm mẫu (ví dụ)", "Sample person responsible (example)"));
        FIXTURE.put("address", List.of("Số 1 Đường Mẫu, phường Ví Dụ (địa chỉ mẫu)", "1 Sample Street, Example ward (sample address)"));
        FIXTURE.put("phone", List.of("0000 000 001", "0000 000 001"));
        FIXTURE.put("fax", List.of("0000 000 003", "0000 000 003"));
        FIXTURE.put("email", List.of("lien-he@example.org", "lien-he@example.org"));
        FIXTURE.put("contactOfficer.name", List.of("Cán bộ mẫu (ví dụ)", "Sample Officer (example)"));
        FIXTURE.put("contactOfficer.position", List.of("Chức vụ mẫu", "Sample position"));
        FIXTURE.put("contactOfficer.unit", List.of("Phòng mẫu", "Sample office"));
        FIXTURE.put("contactOfficer.phone", List.of("0000 000 002", "0000 000 002"));
        FIXTURE.put("contactOfficer.email", List.of("can-bo@example.org", "can-bo@example.org"));
    }

    private static Element field(Element scope, String key) {
        Element f = scope.selectFirst("[data-field=" + key + "]");
        assertNotNull(f, "no field " + key + " in " + scope.text());
        return f;
    }

    @Test
    void everyFooterShowsEveryConfiguredFieldInItsLanguage() {
        for (String page : List.of("linh-vuc/du-lich/index.html", "en/sectors/tourism/index.html", "index.html", "en/index.html")) {
            int lang = page.startsWith("en/") ? 1 : 0;
            Element footer = BuiltSite.get().page(page).selectFirst("footer.site-footer");
            for (var e : FIXTURE.entrySet()) {
                Element f = field(footer, e.getKey());
                assertEquals(e.getValue().get(lang), f.selectFirst("dd").text(), page + ": " + e.getKey());
                assertTrue(f.select(".organisation-details__notice").isEmpty(), page + ": " + e.getKey() + " is set, no notice");
            }
            assertEquals("mailto:can-bo@example.org", field(footer, "contactOfficer.email").selectFirst("a").attr("href"));
            assertEquals("tel:0000000001", field(footer, "phone").selectFirst("a").attr("href"));
            assertEquals(List.of("https://dichvucong.example.org/", "https://tinh.example.org/", "https://dichvucong.tinh.example.org/"),
                    footer.select(".portal-links a").eachAttr("href"), page);
        }
    }

    @Test
    void theAboutPageShowsEveryFieldAndPortalInFull() {
        for (String page : List.of("gioi-thieu/index.html", "en/about/index.html")) {
            int lang = page.startsWith("en/") ? 1 : 0;
            Element main = BuiltSite.get().page(page).selectFirst("main");
            Element details = main.selectFirst(".organisation-details:not(.organisation-details--compact)");
            assertNotNull(details, page);
            for (var e : FIXTURE.entrySet()) assertEquals(e.getValue().get(lang), field(details, e.getKey()).selectFirst("dd").text());
            assertEquals(3, main.select(".portal-links a[href^=https://]").size(), page);
        }
    }

    @Test
    void anEmptyFieldShowsANoticeInItsPlaceIsNotedAndStopsProductionPublishing() throws Exception {
        Path project = Projects.fixtureCopy();
        Edits.replace(project, "data/organisation.json", "\"fax\": \"0000 000 003\"", "\"fax\": \"\"");
        Edits.replace(project, "data/organisation.json", "\"vi\": \"Chức vụ mẫu\"", "\"vi\": \"\"");
        Edits.replace(project, "data/organisation.json", "\"en\": \"Sample position\"", "\"en\": \"\"");
        Edits.replace(project, "data/portals.json", "\"url\": \"https://tinh.example.org/\"", "\"url\": \"\"");

        // publishing to production refuses before building, naming every empty field; the target is not touched
        Path target = Temp.dir("gialai-operator-").resolve("live");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"publish", "--project", project.toString(), "--out", project.resolve("target/site").toString(),
                        "--now", Projects.FIXTURE_NOW.toString(), "--target", target.toString()}, Map.of(),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, err);
        assertTrue(err.contains("fax, contactOfficer.position, portals.province-portal"), err);
        assertFalse(Files.exists(target), "nothing published");
        assertFalse(Files.exists(project.resolve("target/site")), "not even built");

        // the build itself goes on, says which fields are empty, and shows the notice in their place
        Path out = Temp.dir("gialai-operator-site-").resolve("site");
        Runs.Run r = Runs.build(project, out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("data/organisation.json: empty, to be given by the operator: fax, contactOfficer.position."), r.out());
        assertTrue(r.out().contains("data/portals.json: no confirmed address yet for: province-portal."), r.out());
        for (String page : List.of("van-ban/index.html", "en/documents/index.html")) {
            String lang = page.startsWith("en/") ? "en" : "vi";
            Document d = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            Element footer = d.selectFirst("footer.site-footer");
            for (String key : List.of("fax", "contactOfficer.position")) {
                assertEquals(Interface.text(lang, "organisation.empty"), field(footer, key).selectFirst("dd .organisation-details__notice").text(), key);
            }
            assertEquals(2, footer.select(".organisation-details__notice").size(), "only the empty fields have a notice");
            Element portal = footer.selectFirst(".portal-links__item--province-portal");
            assertTrue(portal.select("a").isEmpty(), "no link without an address");
            assertEquals(Interface.text(lang, "portal.empty"), portal.selectFirst(".portal-links__notice").text());
        }
    }

    @Test
    void aPortalAddressThatIsNotHttpsIsRefusedNamingTheFileAndField() throws Exception {
        Path project = Projects.fixtureCopy();
        Edits.replace(project, "data/portals.json", "\"url\": \"https://tinh.example.org/\"", "\"url\": \"http://tinh.example.org/\"");
        Runs.Run r = Runs.build(project, Temp.dir("gialai-portal-").resolve("site"));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("data/portals.json") && r.err().contains("'url' is 'http://tinh.example.org/'")
                && r.err().contains("https://"), r.err());
    }
}
