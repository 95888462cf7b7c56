package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.pipeline.BuildState;
import vn.gialai.cds.pipeline.Composition;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure is shown with its source, period, territory and confidence on every surface, on the fixture's
 * mau-ty-le-truc-tuyen (data/indicators/mau-ty-le-truc-tuyen.json): its latest figure (72,5%, October 2025, the province
 * from 1 July 2025, sample source S03 "Cơ quan mẫu") is inferred; sample source S02 ("Trang tin mẫu") gives 70% for the
 * same month (a conflict); both targets are set for the province before the merger (no target of its territory).
 */
class FigureTest {
    private static final String ID = "mau-ty-le-truc-tuyen";
    private final BuiltSite built = BuiltSite.get();

    /** The indicator's card on a page that lists indicators. */
    private Element card(String page, String id) {
        Element link = built.page(page).selectFirst(".indicator-list__item a[href$=/" + id + "/]");
        assertNotNull(link, id + " is listed on " + page);
        return link.closest(".indicator-list__item");
    }

    @Test
    void cardsShowTheInferredFigureWithSourceConfidenceAndTheConflictAndNoTargetOfAnotherTerritory() {
        for (String page : List.of("index.html", "tien-do/index.html", "tru-cot/chinh-quyen-so/index.html", "linh-vuc/y-te/index.html")) {
            Element card = card(page, ID);
            Element figure = card.selectFirst("[data-figure=observation]");
            assertNotNull(figure, page + ": the figure is shown through the figure component");
            assertEquals("72,5%", figure.selectFirst(".figure__value").text(), page);
            assertEquals("S03", figure.attr("data-source"), page);
            assertEquals("2025-10", figure.attr("data-period"), page);
            assertEquals("province-after-merger", figure.attr("data-territory"), page);
            assertEquals("inferred", figure.attr("data-confidence"), page);
            assertTrue(figure.text().contains("tháng 10/2025"), page + ": period: " + figure.text());
            assertTrue(figure.text().contains(Interface.text("vi", "territory.province-after-merger")), page + ": territory");
            assertEquals("Cơ quan mẫu", figure.selectFirst("a[href$=#source-S03]").text(), page + ": the source's short name, linked");
            Element confidence = figure.selectFirst(".figure__confidence--inferred");
            assertEquals("◐", confidence.selectFirst("[aria-hidden=true]").text(), page + ": the compact mark");
            assertTrue(confidence.selectFirst(".visually-hidden").text().contains(Interface.text("vi", "confidence.inferred")),
                    page + ": the mark's text alternative");
            Element conflict = figure.selectFirst(".figure__conflict [data-figure]");
            assertNotNull(conflict, page + ": the other source's figure is on the card too");
            assertEquals("70%", conflict.selectFirst(".figure__value").text(), page);
            assertEquals("S02", conflict.attr("data-source"), page);
            assertTrue(card.select("[data-figure=target]").isEmpty(), page + ": no target of another territory beside the figure");
            assertFalse(card.text().contains("80%"), page + ": the old province's 2025 target is not paired: " + card.text());
            assertTrue(card.text().contains(Interface.text("vi", "indicator-list.no-target-for-territory")
                    .replace("{0}", Interface.text("vi", "territory.province-after-merger"))), page + ": " + card.text());
        }
        for (String page : List.of("index.html", "tien-do/index.html", "en/progress/index.html", "linh-vuc/y-te/index.html")) {
            Element key = built.page(page).selectFirst(".figure-key");
            assertNotNull(key, page + ": the marks are explained once above the cards");
            assertEquals(List.of("●", "◐", "○"), key.select(".figure__mark").eachText(), page);
        }
        Element en = card("en/progress/index.html", ID).selectFirst("[data-figure=observation]");
        assertEquals("72.5%", en.selectFirst(".figure__value").text(), "English number style");
        assertTrue(en.text().contains("October 2025"), en.text());
    }

    @Test
    void aCardWithATargetOfTheSameTerritoryShowsItWithItsUnit() {
        // mau-xep-hang: the latest rank (2024, out of 34) is the merged province's, and so is its 2026 target
        Element target = card("tien-do/index.html", "mau-xep-hang").selectFirst("[data-figure=target]");
        assertNotNull(target);
        assertEquals("province-after-merger", target.attr("data-territory"));
        assertEquals("2026", target.attr("data-period"));
        assertEquals("thứ hạng / tổng số (mẫu)", target.selectFirst(".figure__unit").text(), "a target shows its unit");
    }

    @Test
    void theHeadlineShowsConfidenceSourceAndTheOtherSource() {
        for (String lang : List.of("vi", "en")) {
            Document d = built.page((lang.equals("vi") ? "tien-do/" : "en/progress/") + ID + "/index.html");
            Element h = d.selectFirst(".indicator-headline .figure--full");
            assertNotNull(h, lang);
            assertTrue(h.text().contains(Interface.text(lang, "confidence.inferred")), lang + ": confidence in words: " + h.text());
            assertTrue(h.text().contains("Nguồn mẫu 3: báo cáo tưởng tượng"), lang + ": the source's full name: " + h.text());
            Element other = h.selectFirst(".figure__conflicts [data-figure]");
            assertNotNull(other, lang + ": the conflicting source is in the headline");
            assertTrue(other.text().contains(lang.equals("vi") ? "Trang tin mẫu" : "Sample news site"), other.text());
        }
    }

    @Test
    void theTableHasOneFigurePerRowWithTheConflictMarked() {
        Document d = built.page("tien-do/" + ID + "/index.html");
        Elements rows = d.select(".observation-table tr[data-figure]");
        assertEquals(4, rows.size());
        assertEquals(List.of("S01", "S02", "S02", "S03"), rows.eachAttr("data-source"));
        assertEquals(2, d.select(".observation-table tr[data-figure] .figure__conflict").size(), "both October figures name the other");
        assertTrue(rows.last().text().contains(Interface.text("vi", "confidence.inferred")), rows.last().text());
        assertTrue(built.page("tien-do/mau-chua-co-so-lieu/index.html").select(".observation-table table").isEmpty(),
                "no empty table when there is no figure");
    }

    @Test
    void targetsAreFiguresWithTerritoryAndSource() {
        Elements targets = built.page("en/progress/" + ID + "/index.html").select(".target-list [data-figure=target]");
        assertEquals(2, targets.size());
        for (Element t : targets) assertEquals("province-before-merger", t.attr("data-territory"));
        assertEquals("≥ 80%", targets.first().selectFirst(".figure__value").text());
    }

    @Test
    void theSearchResultCarriesTheFigureLine() throws Exception {
        JsonNode index = new ObjectMapper().readTree(built.out.resolve("tim-kiem/index.json").toFile());
        String line = null;
        for (JsonNode d : index.get("docs")) if (d.get(1).asText().endsWith("/" + ID + "/")) line = d.get(7).asText();
        assertNotNull(line);
        for (String part : List.of("72,5%", "tháng 10/2025", Interface.text("vi", "territory.province-after-merger"), "Cơ quan mẫu",
                Interface.text("vi", "confidence.inferred"), "70%", "Trang tin mẫu")) {
            assertTrue(line.contains(part), "'" + part + "' in the search result's figure: " + line);
        }
    }

    @Test
    void theShareCardCarriesTheSameFigureWithSourceAndConfidence() {
        BuildState st = built.result.state();
        Composition c = Composition.of(st.loaded().config(), st.loaded().messages(), st.loaded().indicators(), st.loaded().shown(), st.loaded().data().documents());
        for (String path : List.of("tien-do/" + ID + "/index.html", "en/progress/" + ID + "/index.html")) {
            Page p = c.sitePages().stream().filter(x -> x.outputFile().equals(path)).findFirst().orElseThrow();
            CardSpec card = st.modelsWith(st.loaded().all().get(0)).card(p);
            boolean vi = path.startsWith("tien-do");
            assertEquals(vi ? "72,5%" : "72.5%", card.figure(), path);
            for (String part : List.of(vi ? "tháng 10/2025" : "October 2025", vi ? "Cơ quan mẫu" : "Sample agency",
                    Interface.text(vi ? "vi" : "en", "confidence.inferred"), "70%")) {
                assertTrue(card.figureNote().contains(part), path + ": '" + part + "' on the card: " + card.figureNote());
            }
        }
    }

    @Test
    void theProvenanceReportCountsEveryFigureAndFindsNoneWithoutItsFour() throws Exception {
        Path report = built.out.resolveSibling(built.out.getFileName() + "-report").resolve("provenance.json");
        assertTrue(Files.isRegularFile(report), "beside the site, not in it: " + report);
        assertFalse(Files.exists(built.out.resolve("provenance.json")));
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals(0, r.at("/total/without").asInt(), r.toString());
        assertEquals(0, r.get("without").size());
        for (String type : List.of("home", "progress", "pillar", "sector", "indicator", "share-card", "search-result")) {
            assertTrue(r.at("/byPageType/" + type + "/figures").asInt() > 0, type + " has figures: " + r);
        }
        int onPages = 0;
        for (Map.Entry<String, Document> e : built.pages.entrySet()) onPages += e.getValue().select("[data-figure]").size();
        assertEquals(onPages + r.at("/byPageType/share-card/figures").asInt() + r.at("/byPageType/search-result/figures").asInt(),
                r.at("/total/figures").asInt(), "every figure on every page is counted");
        assertTrue(built.result.notes().stream().anyMatch(n -> n.startsWith("provenance: ") && n.contains(" 0 do not")),
                String.join("\n", built.result.notes()));
    }
}
