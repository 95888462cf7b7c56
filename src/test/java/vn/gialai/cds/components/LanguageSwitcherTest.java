package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/language-switcher: the current language as text, the other as a link to the same page. */
class LanguageSwitcherTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void showsTheCurrentLanguageAsTextAndTheOtherAsALinkWithItsLanguage() {
        Element nav = built.page("tru-cot/xa-hoi-so/index.html").selectFirst("nav.language-switcher");
        assertNotNull(nav, "the page has a language switcher");
        assertEquals(Interface.text("vi", "language-switcher.label"), nav.attr("aria-label"), "the switcher is named");
        Element current = nav.selectFirst("[aria-current]");
        assertEquals("Tiếng Việt", current.text());
        assertEquals("true", current.attr("aria-current"));
        assertTrue(current.select("a").isEmpty() && !current.tagName().equals("a"), "the current language is not a link");
        Element link = nav.selectFirst("a");
        assertEquals("English", link.text());
        assertEquals("en", link.attr("lang"));
        assertEquals("en", link.attr("hreflang"));
        assertEquals("alternate", link.attr("rel"), "a translation, not the other home page");
        assertEquals("/en/pillars/digital-society/", link.attr("href"));
    }

    @Test
    void inEnglishLeadsBackToVietnamese() {
        Element nav = built.page("en/pillars/digital-society/index.html").selectFirst("nav.language-switcher");
        assertEquals(Interface.text("en", "language-switcher.label"), nav.attr("aria-label"));
        Element link = nav.selectFirst("a");
        assertEquals("Tiếng Việt", link.text());
        assertEquals("/tru-cot/xa-hoi-so/", link.attr("href"));
        assertEquals("vi", link.attr("lang"));
    }

    @Test
    void aPageWithoutTranslationLeadsToTheOtherHomeAndSaysSo() {
        // tag pages are words of one language: the fixture's tag "bài mẫu" has no English page
        Element link = built.page("tin-tuc/the/bai-mau/index.html").selectFirst("nav.language-switcher a");
        assertEquals("/en/", link.attr("href"));
        assertEquals("", link.attr("rel"), "no rel=alternate without a translation");
    }
}
