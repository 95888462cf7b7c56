package vn.gialai.cds.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.gialai.cds.support.Browser;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor with only a keyboard: skip link first, menu and language switcher reachable and working, focus always visible. */
class KeyboardTest {
    private final Browser b = Browser.get();

    @Test
    void firstTabReachesTheSkipLinkAndEnterMovesFocusToTheMainContent() {
        for (String path : List.of("linh-vuc/y-te/", "en/sectors/health/")) {
            b.openForKeys(path, 1280, 800);
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            WebElement active = b.driver.switchTo().activeElement();
            assertEquals("skip-link", active.getAttribute("class"), path);
            assertTrue(active.isDisplayed() && active.getRect().getX() >= 0, "the skip link shows when focused: " + path);
            active.sendKeys(Keys.ENTER);
            assertEquals("main-content", b.driver.switchTo().activeElement().getAttribute("id"), path);
        }
    }

    @Test
    void menuAndLanguageSwitcherAreReachableWithVisibleFocus() {
        // at 360 px the menu is folded behind its button: Enter on the button opens it, the next Tabs reach its links
        b.openForKeys("tru-cot/kinh-te-so/", 360, 800);
        List<String> reached = new ArrayList<>();
        boolean opened = false;
        for (int i = 0; i < 16; i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            WebElement el = b.driver.switchTo().activeElement();
            reached.add(el.getAttribute("href"));
            assertTrue(focusVisible(el), "focus is visible on " + el.getAttribute("outerHTML"));
            if (!opened && "site-header__menu-button".equals(el.getAttribute("class"))) {
                el.sendKeys(Keys.ENTER);
                opened = true;
            }
        }
        assertTrue(opened, "the menu button is reached by Tab");
        List<String> menu = b.driver.findElements(org.openqa.selenium.By.cssSelector("nav.main-nav a")).stream()
                .map(e -> e.getAttribute("href")).toList();
        assertTrue(reached.containsAll(menu), "every menu link is reached by Tab: " + reached);
        assertTrue(reached.contains(b.baseUrl + "en/pillars/digital-economy/"), "the language switcher is reached by Tab: " + reached);
    }

    @Test
    void languageSwitcherWorksWithEnter() {
        b.openForKeys("linh-vuc/du-lich/", 1280, 800);
        WebElement link = b.driver.findElement(org.openqa.selenium.By.cssSelector("nav.language-switcher a"));
        for (int i = 0; i < 10 && !link.equals(b.driver.switchTo().activeElement()); i++) {
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(link, b.driver.switchTo().activeElement());
        link.sendKeys(Keys.ENTER);
        assertEquals(b.baseUrl + "en/sectors/tourism/", b.driver.getCurrentUrl());
        assertEquals("en", b.driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
    }

    /** Focus shows as the yellow highlight of base.css (or any outline a component sets). */
    private boolean focusVisible(WebElement el) {
        String bg = el.getCssValue("background-color");
        String outline = el.getCssValue("outline-style");
        String shadow = el.getCssValue("box-shadow");
        return bg.contains("255, 221, 0") || (!"none".equals(outline) && !outline.isEmpty()) || (shadow != null && !shadow.equals("none"));
    }
}
