package vn.gialai.cds.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents library (data/documents.json): a page per document, pre-built filter pages, and the checks of its dates and replacements. */
class DocumentsLibraryTest {
    @Test
    void eachDocumentHasItsOwnPageWithEveryField() {
        Document d = BuiltSite.get().page("van-ban/mau-quoc-gia/index.html");
        String text = d.selectFirst(".document-details").text();
        for (String s : List.of("Quyết định", "01/MAU-QG", "Cơ quan mẫu cấp quốc gia", "Người ký mẫu", "3/6/2020", "1/7/2020", "Còn hiệu lực")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        assertEquals("https://vanban.example/van-ban-mau/01-mau-qg", d.selectFirst(".document-details a[href^=https://vanban.example]").attr("href"));
        Document withFile = BuiltSite.get().page("en/documents/nghi-quyet-mau/index.html");
        assertEquals("/assets/documents/nghi-quyet-mau.pdf", withFile.selectFirst(".document-details a[download]").attr("href"));
        Document replaced = BuiltSite.get().page("en/documents/ke-hoach-mau-cu/index.html");
        assertTrue(replaced.selectFirst(".document-details").text().contains("Replaced since 19 March 2024. Replaced by: 15/KH-MAU"));
        assertEquals("/en/documents/ke-hoach-mau-moi/", replaced.selectFirst(".document-details__status a").attr("href"));
        assertTrue(d.selectFirst(".print-button__link") != null && d.selectFirst(".print-button__source").text().contains("/van-ban/mau-quoc-gia/"));
    }

    @Test
    void everyNewsArticleAndDocumentOffersPrintAndSave() {
        int articles = 0, documents = 0;
        for (var e : BuiltSite.get().pages.entrySet()) {
            Document d = e.getValue();
            boolean article = d.selectFirst("meta[property=og:type][content=article]") != null;
            boolean document = d.selectFirst(".document-details") != null;
            if (!article && !document) continue;
            if (article) articles++;
            if (document) documents++;
            String page = e.getKey();
            assertTrue(d.selectFirst("button.print-button__button[hidden]") != null, page + ": the button, shown by print.js");
            assertTrue(d.selectFirst("script[src*=/print.]") != null, page + ": print.js");
            assertEquals("#print-hint", d.selectFirst("a.print-button__link").attr("href"), page + ": the link without JavaScript");
            assertTrue(d.selectFirst("#print-hint") != null, page);
            String canonical = d.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(d.selectFirst(".print-button__source").text().contains(canonical), page + ": the printed source line names the address");
        }
        assertTrue(articles >= 4 && documents == 10, articles + " articles, " + documents + " document pages");
    }

    @Test
    void theFilterPagesListOnlyTheirDocuments() {
        assertEquals(List.of("Kế hoạch mẫu về kinh tế số", "Kế hoạch mẫu thay thế"),
                BuiltSite.get().page("van-ban/loai/ke-hoach/index.html").select(".document-table__title").eachText());
        assertEquals(List.of("Sample resolution on digital transformation", "Sample plan for the digital economy"),
                BuiltSite.get().page("en/documents/year/2022/index.html").select(".document-table__title").eachText());
        assertEquals(1, BuiltSite.get().page("en/documents/issuer/a-sample-national-body/index.html").select(".document-table__item").size());
        Document library = BuiltSite.get().page("van-ban/index.html");
        assertEquals(5, library.select(".document-table__item").size());
        assertTrue(library.select(".document-filters a").eachAttr("href").containsAll(List.of("/van-ban/loai/ke-hoach/",
                "/van-ban/co-quan/co-quan-mau-cap-tinh/", "/van-ban/nam/2024/")));
        assertEquals("page", BuiltSite.get().page("van-ban/nam/2024/index.html").selectFirst(".document-filters a[aria-current]").attr("aria-current"));
        assertTrue(BuiltSite.get().page("en/documents/form/plan/index.html").select("nav.breadcrumbs a").eachAttr("href")
                .contains("/en/documents/"), "the trail of a filter page passes through the library");
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsRefusedNamingTheFileAndField() throws Exception {
        Path project = Projects.fixtureCopy();
        Edits.replace(project, "data/documents.json", "\"effectiveDate\": \"2020-07-01\"", "\"effectiveDate\": \"2020-05-01\"");
        Runs.Run r = Runs.build(project, Temp.dir("gialai-docs-").resolve("site"));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("data/documents.json") && r.err().contains("entry [0] (mau-quoc-gia)")
                && r.err().contains("'effectiveDate' (2020-05-01) is before the issue date 'date' (2020-06-03)"), r.err());
    }

    @Test
    void aReplacedDocumentMustNameAnExistingReplacement() throws Exception {
        Path project = Projects.fixtureCopy();
        Edits.replace(project, "data/documents.json", "\"replacedBy\": \"ke-hoach-mau-moi\"", "\"replacedBy\": \"khong-co\"");
        Runs.Run r = Runs.build(project, Temp.dir("gialai-docs-").resolve("site"));
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("data/documents.json") && r.err().contains("'status.replacedBy' is 'khong-co'"), r.err());
    }
}
