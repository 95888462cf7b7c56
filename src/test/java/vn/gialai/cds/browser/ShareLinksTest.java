package vn.gialai.cds.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.Interface;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/share-links in a browser: the copy button appears (share.js ran) and every share control is reached by Tab. */
class ShareLinksTest {
    @Test
    void shareControlsAreReachableByKeyboardWithTextLabels() {
        Browser b = Browser.get();
        b.openForKeys("en/news/sample-digital-infrastructure/", 360, 800);
        WebElement copy = b.driver.findElement(By.cssSelector(".share-links__copy"));
        assertTrue(copy.isDisplayed(), "share.js shows Copy link where the browser can copy");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            WebElement el = b.driver.switchTo().activeElement();
            reached.add(el.getAttribute("textContent").replaceAll("\\s+", " ").strip()); // the name a screen reader hears
            if (el.equals(copy)) break;
        }
        String newTab = " " + Interface.text("en", "share-links.new-tab");
        List<String> expected = List.of(Interface.text("en", "share-links.facebook") + newTab, Interface.text("en", "share-links.x") + newTab,
                Interface.text("en", "share-links.email"), Interface.text("en", "share-links.copy"));
        assertTrue(reached.containsAll(expected), "expected " + expected + " among " + reached);
    }
}
