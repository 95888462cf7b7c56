package vn.gialai.cds.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.gialai.cds.support.Browser;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/share-links in a browser: the copy button appears (share.js ran) and every share control is reached by Tab. */
class ShareLinksTest {
    @Test
    void shareControlsAreReachableByKeyboardWithTextLabels() {
        Browser b = Browser.get();
        b.open("en/news/digital-infrastructure-results-2025/", 360, 800);
        WebElement copy = b.driver.findElement(By.cssSelector(".share-links__copy"));
        assertTrue(copy.isDisplayed(), "share.js shows Copy link where the browser can copy");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            WebElement el = b.driver.switchTo().activeElement();
            reached.add(el.getAttribute("textContent").replaceAll("\\s+", " ").strip()); // the name a screen reader hears
            if (el.equals(copy)) break;
        }
        assertTrue(reached.containsAll(List.of("Facebook (opens in a new tab)", "X (opens in a new tab)", "E-mail", "Copy link")), reached.toString());
    }
}
