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

    /**
     * Every kind of card: a plain one, an indicator's with its figure and chart, a news article's with the fixture's
     * photo (a simple picture) and with a photo of many colours.
     */
    static List<CardSpec> everyKind(java.nio.file.Path dir) throws Exception {
        String photo = java.nio.file.Path.of("src/test/resources/fixture-site/assets/images/anh-mau-ha-tang.jpg").toAbsolutePath().toString();
        var noise = new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < 400; y++) for (int x = 0; x < 600; x++) noise.setRGB(x, y, random.nextInt(0x1000000));
        java.nio.file.Path manyColours = dir.resolve("many-colours.png");
        ImageIO.write(noise, "png", manyColours.toFile());
        return List.of(spec("Tỉnh họp bàn kế hoạch chuyển đổi số năm 2026"),
                new CardSpec("Ảnh nhiều màu", "Tin tức", "Chuyển đổi số Gia Lai", "Tiếng Việt", "", "", "", "", List.of(), manyColours.toString(), ""),
                new CardSpec("Tỷ lệ hồ sơ trực tuyến toàn trình", "Chỉ số", "Chuyển đổi số Gia Lai", "Tiếng Việt", "chuyendoiso.gialai.example",
                        "42,5 %", "Năm 2024 · Gia Lai (trước sáp nhập) · Nguồn: thử · độ tin cậy: cao", "Đúng hướng",
                        List.of(List.of(new double[] {0, 0.2}, new double[] {0.5, 0.5}, new double[] {1, 0.9})), "", "Nguồn: thử"),
                new CardSpec("Hạ tầng số ở vùng sâu", "Tin tức", "Chuyển đổi số Gia Lai", "Tiếng Việt", "", "", "", "", List.of(), photo, ""));
    }

    @Test
    void thePngShowsThePictureDrawnAndAFlatCardIsIndexed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (CardSpec s : everyKind(dir)) {
            CardRenderer.Drawn d = CardRenderer.draw(s);
            var read = ImageIO.read(new ByteArrayInputStream(d.png()));
            int most = 0;
            for (int y = 0; y < CardRenderer.HEIGHT; y++) {
                for (int x = 0; x < CardRenderer.WIDTH; x++) {
                    int a = d.picture().getRGB(x, y), b = read.getRGB(x, y);
                    for (int shift = 0; shift < 24; shift += 8) most = Math.max(most, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
                }
            }
            assertTrue(most <= CardPalette.MAX_SHIFT, s.title() + ": a colour moved by " + most);
            boolean indexed = read.getColorModel() instanceof java.awt.image.IndexColorModel;
            if (s.photo().isEmpty()) {
                assertTrue(indexed, s.title() + " is written in 256 colours");
                assertTrue(d.png().length < 32_000, s.title() + ": " + d.png().length + " bytes");
            } else if (s.photo().endsWith("many-colours.png")) {
                assertTrue(!indexed && most == 0, "a photo of many colours is written as drawn");
            }
        }
    }
}
