package vn.gialai.cds.sharing;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share card: the title fits inside the card whatever its length, every Vietnamese letter drawn, same bytes every time. */
class CardRendererTest {
    static CardSpec spec(String title) {
        return new CardSpec(title, "Tin tức", "Chuyển đổi số Gia Lai", "Tiếng Việt", "chuyendoiso.gialai.example", "", "", "", List.of(), "", "");
    }

    @Test
    void aLongVietnameseTitleIsWrappedAndFittedInsideTheCard() throws Exception {
        String longest = "Kế hoạch nâng cao Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 và các năm tiếp theo: "
                + "Ủy ban nhân dân tỉnh Gia Lai đặt mục tiêu đưa tỉnh vào nhóm ba mươi địa phương dẫn đầu, đẩy mạnh dịch vụ công trực tuyến toàn trình";
        CardRenderer.Drawn d = CardRenderer.draw(spec(longest));
        CardLayout.Fitted t = d.title();
        assertTrue(d.titleX() >= CardRenderer.MARGIN && d.titleX() + t.width() <= CardRenderer.WIDTH - CardRenderer.MARGIN,
                "title width " + t.width());
        assertTrue(d.titleY() + t.height() <= CardRenderer.HEIGHT - 120, "title ends above the footer band: " + (d.titleY() + t.height()));
        assertTrue(t.lines().size() <= 4);
        var img = ImageIO.read(new ByteArrayInputStream(d.png()));
        assertEquals(1200, img.getWidth());
        assertEquals(630, img.getHeight());
    }

    @Test
    void theFontHasEveryVietnameseLetter() throws Exception {
        var font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, getClass().getResourceAsStream("/fonts/BeVietnamPro-Bold.ttf"));
        String letters = "ăâđêôơưĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
        assertEquals(-1, font.canDisplayUpTo(letters));
        assertEquals(-1, font.canDisplayUpTo(letters.toUpperCase()));
    }

    @Test
    void theSameCardGivesTheSameBytes() {
        assertArrayEquals(CardRenderer.draw(spec("Tin thử")).png(), CardRenderer.draw(spec("Tin thử")).png());
    }

    @Test
    void aShortTitleIsLarge() {
        assertEquals(72f, CardRenderer.draw(spec("Y tế")).title().size());
    }
}
