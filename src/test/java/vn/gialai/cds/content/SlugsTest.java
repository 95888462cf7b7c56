package vn.gialai.cds.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void vietnameseBecomesAsciiWithDFolded() {
        assertEquals("nong-nghiep", Slugs.slugify("Nông nghiệp"));
        assertEquals("dak-doa", Slugs.slugify("Đắk Đoa"));
        assertEquals("giao-thong-van-tai-logistics", Slugs.slugify("Giao thông vận tải & logistics"));
        assertEquals("chuyen-doi-so", Slugs.slugify("  CHUYỂN ĐỔI SỐ "));
    }

    @Test
    void onlyLowerCaseAsciiWordsAreSlugs() {
        assertTrue(Slugs.isSlug("linh-vuc"));
        assertFalse(Slugs.isSlug("lĩnh-vực"));
        assertFalse(Slugs.isSlug("Linh-vuc"));
        assertFalse(Slugs.isSlug("linh--vuc"));
        assertFalse(Slugs.isSlug("linh vuc"));
    }
}
