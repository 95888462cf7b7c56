package vn.gialai.cds.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.support.Browser;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents library in Chromium: filtering by following links (no script needed), finding a document by its number however it is typed, and the portals found by "dịch vụ công". */
class DocumentsLibraryBrowserTest {
    private final Browser b = Browser.get();

    private List<String> results(String path, String query) {
        b.open(path + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), 360, 800);
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-results__count")).isEmpty());
        return b.driver.findElements(By.cssSelector(".search-results__list li a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theFilterLinksLeadToTheFilteredList() {
        b.open("van-ban/", 360, 800);
        b.driver.findElement(By.linkText("Kế hoạch (2)")).click();
        assertTrue(b.driver.getCurrentUrl().endsWith("/van-ban/loai/ke-hoach/"), b.driver.getCurrentUrl());
        assertEquals(List.of("Kế hoạch mẫu về kinh tế số", "Kế hoạch mẫu thay thế"),
                b.driver.findElements(By.cssSelector(".document-table__title")).stream().map(WebElement::getText).toList());
        b.driver.findElement(By.linkText("2024 (1)")).click();
        assertEquals(List.of("Kế hoạch mẫu thay thế"),
                b.driver.findElements(By.cssSelector(".document-table__title")).stream().map(WebElement::getText).toList());
    }

    @Test
    void aDocumentIsFoundByItsNumberInAnySpelling() {
        for (String q : List.of("2468/KH-MAU", "2468 kh mau", "KH 2468", "kh-mau 2468")) {
            List<String> r = results("tim-kiem/", q);
            assertTrue(!r.isEmpty() && r.get(0).startsWith("2468/KH-MAU"), q + ": " + r);
        }
        List<String> en = results("en/search/", "2468 KH MAU");
        assertTrue(!en.isEmpty() && en.get(0).startsWith("2468/KH-MAU"), en.toString());
    }

    @Test
    void publicServicesFindThePortals() {
        List<String> r = results("tim-kiem/", "dịch vụ công");
        assertTrue(r.contains("Cổng dịch vụ công quốc gia mẫu") && r.contains("Cổng dịch vụ công mẫu của tỉnh"), r.toString());
        assertTrue(results("tim-kiem/", "dich vu cong").contains("Cổng dịch vụ công quốc gia mẫu"));
    }
}
