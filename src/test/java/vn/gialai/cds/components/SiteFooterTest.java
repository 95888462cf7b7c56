package vn.gialai.cds.components;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/components/site-footer: how figures are sourced, and the way to the sources. */
class SiteFooterTest {
    @Test
    void saysHowFiguresAreSourcedAndLinksToTheSources() {
        var footer = BuiltSite.get().page("linh-vuc/du-lich/index.html").selectFirst("footer.site-footer");
        assertTrue(footer.text().contains("1/7/2025"), footer.text());
        assertTrue(footer.select("a[href=/gioi-thieu/]").size() == 1);
        var en = BuiltSite.get().page("en/sectors/tourism/index.html").selectFirst("footer.site-footer");
        assertTrue(en.select("a[href=/en/about/]").size() == 1);
    }
}
