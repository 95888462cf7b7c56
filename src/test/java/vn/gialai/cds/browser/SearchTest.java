package vn.gialai.cds.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.Interface;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search as Vietnamese people type, in Chromium, on the fixture site: with or without diacritics, đ or d, prefixes, English. */
class SearchTest {
    private final Browser b = Browser.get();

    private List<WebElement> search(String path, String query) {
        b.open(path + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), 360, 800);
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".search-results__count")).isEmpty());
        return b.driver.findElements(By.cssSelector(".search-results__list li"));
    }

    /** The result titles, read at once (the elements go stale with the next search). */
    private List<String> titlesOf(String path, String query) {
        return search(path, query).stream().map(r -> r.findElement(By.cssSelector("a")).getText()).toList();
    }

    private String titles(String path, String query) {
        return String.join(" | ", titlesOf(path, query));
    }

    @Test
    void withOrWithoutDiacriticsAndInCapitalsTheSameFirstResult() {
        List<String> plain = titlesOf("tim-kiem/", "chuyen doi so");
        List<String> accents = titlesOf("tim-kiem/", "chuyển đổi số");
        List<String> caps = titlesOf("tim-kiem/", "CHUYỂN ĐỔI SỐ");
        assertTrue(accents.size() >= 10, accents.toString());
        assertEquals(accents.get(0), caps.get(0));
        assertEquals(new java.util.TreeSet<>(accents), new java.util.TreeSet<>(plain), "folded and accented queries find the same pages");
    }

    @Test
    void dFindsDStroke() {
        List<WebElement> r = search("tim-kiem/", "doi");
        assertFalse(r.isEmpty());
        assertTrue(r.get(0).getText().toLowerCase().contains("đổi") || r.get(0).getText().toLowerCase().contains("đội"), r.get(0).getText());
        assertTrue(r.get(0).findElements(By.tagName("mark")).size() >= 1, "matched words are highlighted");
    }

    @Test
    void sectorNamesWithoutDiacritics() {
        assertTrue(titles("tim-kiem/", "nong nghiep").startsWith("Nông nghiệp"), titles("tim-kiem/", "nong nghiep"));
        assertTrue(titles("tim-kiem/", "y te").startsWith("Y tế"), titles("tim-kiem/", "y te"));
        assertTrue(titles("tim-kiem/", "du lich").startsWith("Du lịch"), titles("tim-kiem/", "du lich"));
    }

    @Test
    void aWordPrefixIsEnough() {
        assertTrue(titles("tim-kiem/", "nong ngh").contains("Nông nghiệp"));
    }

    @Test
    void englishIsSearchedNormallyAndResultsNameTheirSection() {
        List<WebElement> r = search("en/search/", "digital economy");
        assertEquals("Digital economy", r.get(0).findElement(By.cssSelector("a")).getText());
        assertFalse(r.get(0).findElement(By.cssSelector(".search-results__meta")).getText().isBlank());
    }

    @Test
    void newsResultsCarryTheirDate() {
        List<WebElement> r = search("en/search/", "steering committee");
        assertEquals("Sample article: a steering committee meeting", r.get(0).findElement(By.cssSelector("a")).getText());
        assertEquals("News · 6 May 2025", r.get(0).findElement(By.cssSelector(".search-results__meta")).getText());
    }

    @Test
    void theOtherLanguageOnlyWhenAskedFor() {
        assertTrue(search("en/search/", "nong nghiep").isEmpty(), "Vietnamese words find nothing in English by default");
        b.driver.findElement(By.id("search-all")).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-results__list li")).isEmpty());
        WebElement first = b.driver.findElement(By.cssSelector(".search-results__list li a"));
        assertEquals("vi", first.getAttribute("lang"));
    }

    @Test
    void noResultIsAFriendlyMessage() {
        assertTrue(search("tim-kiem/", "xyzxyz").isEmpty());
        String msg = b.driver.findElement(By.cssSelector(".search-results__count")).getText();
        assertEquals(Interface.text("vi", "search.none").replace("{0}", "xyzxyz"), msg);
    }

    @Test
    void theBrowsersFoldingMatchesTheJavaTable() throws Exception {
        b.open("tim-kiem/", 360, 800);
        JsonNode cases = new ObjectMapper().readTree(getClass().getResourceAsStream("/search/folding-cases.json"));
        for (JsonNode c : cases) {
            assertEquals(c.get(1).asText(), b.js("return window.SiteSearch.fold(arguments[0])", c.get(0).asText()), c.get(0).asText());
        }
    }

    @Test
    void theHeaderSearchBoxLeadsToTheSearchPage() {
        b.open("linh-vuc/", 1280, 800);
        WebElement box = b.driver.findElement(By.id("search-box-q"));
        box.sendKeys("du lich");
        box.submit();
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-results__list li")).isEmpty());
        assertTrue(b.driver.getCurrentUrl().contains("/tim-kiem/?q=du+lich"), b.driver.getCurrentUrl());
    }
}
