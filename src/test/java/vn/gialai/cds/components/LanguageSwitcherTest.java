package vn.gialai.cds.components;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** templates/components/language-switcher: the current language as text, the other as a link to the same page. */
class LanguageSwitcherTest {
    private final BuiltSite built = BuiltSite.get();

    @Test
    void showsTheCurrentLanguageAsTextAndTheOtherAsALinkWithItsLanguage() {
        Element nav = built.page("tru-cot/xa-hoi-so/index.html").selectFirst("nav.language-switcher");
        assertNotNull(nav.attr("aria-label"));
        assertEquals("Chọn ngôn ngữ", nav.attr("aria-label"));
        assertEquals("Tiếng Việt", nav.selectFirst("[aria-current]").text());
        Element link = nav.selectFirst("a");
        assertEquals("English", link.text());
        assertEquals("en", link.attr("lang"));
        assertEquals("en", link.attr("hreflang"));
        assertEquals("/en/pillars/digital-society/", link.attr("href"));
    }

    @Test
    void inEnglishLeadsBackToVietnamese() {
        Element link = built.page("en/pillars/digital-society/index.html").selectFirst("nav.language-switcher a");
        assertEquals("Tiếng Việt", link.text());
        assertEquals("/tru-cot/xa-hoi-so/", link.attr("href"));
        assertEquals("vi", link.attr("lang"));
    }
}
