package vn.gialai.cds.sharing;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A card in 256 colours: flat colours kept exactly, edge colours moved a little at most, else not indexed at all. */
class CardPaletteTest {
    /** Each pixel's colour, from the image or from the indexed version. */
    private static int colour(CardPalette.Indexed indexed, int x, int y) {
        return indexed.colours()[indexed.pixels()[y * indexed.width() + x] & 0xff];
    }

    @Test
    void flatColoursStayExactAndARampOfEdgeColoursMovesByAFewLevelsAtMost() {
        // a flat ground, and 600 shades from it to white (as a letter's edges make), a few pixels each
        int ground = 0x0b4f8a;
        BufferedImage img = new BufferedImage(600, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 600; x++) {
                if (y < 90) {
                    img.setRGB(x, y, ground);
                } else {
                    double t = x / 599.0;
                    int r = (int) Math.round(0x0b + t * (255 - 0x0b)), g = (int) Math.round(0x4f + t * (255 - 0x4f)),
                            b = (int) Math.round(0x8a + t * (255 - 0x8a));
                    img.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
        }
        CardPalette.Indexed indexed = CardPalette.of(img);
        assertNotNull(indexed);
        int most = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 600; x++) {
                int a = img.getRGB(x, y) & 0xffffff, b = colour(indexed, x, y);
                if (y < 90) assertEquals(ground, b, "the ground's colour is kept exactly");
                for (int shift = 0; shift < 24; shift += 8) most = Math.max(most, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
            }
        }
        assertEquals(true, most <= CardPalette.MAX_SHIFT, "moved by " + most);
    }

    @Test
    void coloursFarApartThatDoNotFitIn256AreNotIndexed() {
        // 1,000 colours far from one another (a photo's): no 256 of them are near enough to stand for the rest
        BufferedImage img = new BufferedImage(1000, 10, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < 1000; x++) {
            int c = random.nextInt(0x1000000);
            for (int y = 0; y < 10; y++) img.setRGB(x, y, c);
        }
        assertNull(CardPalette.of(img));
    }
}
