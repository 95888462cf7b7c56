package vn.gialai.cds.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.PageTypes;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header on a 360×800 phone: at most a quarter of the first screen (200 px) with its menu folded, the search box
 * and the language switch in view, and a menu button that opens the menu with and without JavaScript.
 */
class HeaderTest {
    static final int MAX_HEADER_PX = 200;
    private final Browser b = Browser.get();

    static Stream<PageTypes.Sample> pages() { return PageTypes.inTheSitesFrame().stream(); }

    @AfterEach
    void scriptsOn() {
        b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void takesAtMostAQuarterOfAPhoneScreenWithSearchAndLanguageInView(PageTypes.Sample sample) {
        b.open(sample.path(), 360, 800);
        WebElement header = b.driver.findElement(By.cssSelector("header.site-header"));
        int height = header.getRect().getHeight();
        assertTrue(height <= MAX_HEADER_PX, "/" + sample.path() + ": the header is " + height + " px high at 360×800, more than "
                + MAX_HEADER_PX);
        for (String css : new String[]{".search-box input", ".search-box button", ".language-switcher a", ".site-header__menu-button"}) {
            for (WebElement el : b.driver.findElements(By.cssSelector(css))) {
                var r = el.getRect();
                assertTrue(el.isDisplayed() && r.getX() >= 0 && r.getX() + r.getWidth() <= 360 && r.getY() + r.getHeight() <= MAX_HEADER_PX,
                        "/" + sample.path() + ": " + css + " is in the header's view at 360 px: " + r.getX() + "," + r.getY() + " " + r.getWidth() + "×" + r.getHeight());
            }
        }
        assertFalse(b.driver.findElement(By.id("main-nav")).isDisplayed(), "/" + sample.path() + ": the menu is folded at 360 px");
    }

    @Test
    void thePhonesFirstScreenOffersDoingProceduresOnline() {
        for (String home : List.of("", "en/")) {
            b.open(home, 360, 800);
            WebElement heading = b.driver.findElement(By.id("online-services"));
            int top = heading.getRect().getY();
            assertTrue(top + heading.getRect().getHeight() <= 800, "/" + home + ": 'doing procedures online' starts at " + top
                    + " px, below the first screen of a 360×800 phone");
        }
    }

    @Test
    void theMenuButtonOpensAndClosesTheMenuWithJavaScript() {
        b.open("linh-vuc/y-te/", 360, 800);
        WebElement nav = b.driver.findElement(By.id("main-nav"));
        WebElement button = b.driver.findElement(By.cssSelector("button.site-header__menu-button"));
        assertEquals(Interface.text("vi", "site-header.menu"), button.getText().replace("☰", "").strip());
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(nav.isDisplayed());
        button.click();
        assertTrue(nav.isDisplayed(), "the menu opens");
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(nav.findElements(By.tagName("a")).stream().allMatch(WebElement::isDisplayed), "every menu link shows");
        button.click();
        assertFalse(nav.isDisplayed(), "the menu closes again");
        assertEquals("false", button.getAttribute("aria-expanded"));
    }

    @Test
    void theMenuButtonOpensTheMenuWithoutJavaScript() {
        b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        b.open("en/sectors/health/", 360, 800);
        WebElement nav = b.driver.findElement(By.id("main-nav"));
        assertFalse(nav.isDisplayed());
        WebElement link = b.driver.findElement(By.cssSelector("a.site-header__menu-button"));
        assertEquals(Interface.text("en", "site-header.menu"), link.getText().replace("☰", "").strip());
        link.click();
        assertTrue(nav.isDisplayed(), "the menu opens without scripts (the button is a link to #main-nav)");
        assertTrue(nav.findElements(By.tagName("a")).stream().allMatch(WebElement::isDisplayed), "every menu link shows");
        int headerTop = b.driver.findElement(By.cssSelector("header.site-header")).getRect().getY()
                - ((Number) b.js("return window.scrollY")).intValue();
        assertTrue(headerTop >= -1, "opening the menu keeps the header in view, the page did not jump past it: " + headerTop);
    }

    @Test
    void theMenuIsOpenAndTheButtonHiddenOnAWideScreen() {
        b.open("tru-cot/", 1280, 800);
        assertTrue(b.driver.findElement(By.id("main-nav")).isDisplayed());
        assertFalse(b.driver.findElement(By.cssSelector(".site-header__menu-button")).isDisplayed());
    }
}
