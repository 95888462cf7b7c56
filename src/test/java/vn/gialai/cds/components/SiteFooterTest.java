package vn.gialai.cds.components;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/site-footer: how figures are sourced, the footer links from site.footer, no contact until one is set. */
class SiteFooterTest {
    @Test
    void saysHowFiguresAreSourcedAndLinksToTheFooterPages() {
        for (String lang : List.of("vi", "en")) {
            String page = lang.equals("vi") ? "linh-vuc/du-lich/index.html" : "en/sectors/tourism/index.html";
            var footer = BuiltSite.get().page(page).selectFirst("footer.site-footer");
            assertTrue(footer.text().contains(Interface.text(lang, "site-footer.sourcing")), page + ": " + footer.text());
            // site.footer=about,documents,resources,organisation,accessibility,privacy in the fixture's jbake.properties, titled as the pages are
            assertEquals(lang.equals("vi")
                            ? List.of("/gioi-thieu/", "/van-ban/", "/nguon-luc/", "/to-chuc-thuc-hien/", "/tuyen-bo-tiep-can/", "/chinh-sach-rieng-tu/")
                            : List.of("/en/about/", "/en/documents/", "/en/resources-and-funding/", "/en/who-carries-it-out/",
                            "/en/accessibility/", "/en/privacy/"),
                    footer.select("nav a").eachAttr("href"), page);
            assertEquals(lang.equals("vi") ? "Giới thiệu mẫu" : "About this sample", footer.selectFirst("nav a").text());
        }
    }
}
