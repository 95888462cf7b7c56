package vn.gialai.cds.sharing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Draws a 1200×630 share card with Java2D in Be Vietnam Pro (SIL Open Font License 1.1, shipped in
 * src/main/resources/fonts with its licence), which has every Vietnamese letter. The same spec always
 * gives the same bytes.
 */
public final class CardRenderer {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Changes whenever the drawing changes, so cached cards are redrawn. */
    static final String VERSION = "card-v6";
    /** Where text may go: nothing is drawn closer to the edge than this. */
    public static final int MARGIN = 72;

    private static final Color BRAND = new Color(0x0b, 0x4f, 0x8a);
    private static final Color DARK = new Color(0x08, 0x3a, 0x66);
    private static final Color ACCENT = new Color(0xff, 0xdd, 0x00);
    private static final Font BOLD = load("/fonts/BeVietnamPro-Bold.ttf");
    private static final Font REGULAR = load("/fonts/BeVietnamPro-Regular.ttf");

    /**
     * What was drawn where: the title's block, for the test that no text leaves the card; the picture as drawn, for the
     * test that the PNG shows it.
     */
    public record Drawn(byte[] png, CardLayout.Fitted title, int titleX, int titleY, BufferedImage picture) {}

    /** The lowest a title may reach: the footer band starts here (on photo cards it is the band's own bottom). */
    public static final int TITLE_BOTTOM = HEIGHT - 120;

    public static Drawn draw(CardSpec spec) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);

        boolean photo = !spec.photo().isEmpty();
        boolean figure = !spec.figure().isEmpty();
        int titleTop;
        int titleHeight;
        int maxLines;
        float maxSize;
        if (photo) {
            drawPhoto(g, new File(spec.photo()));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.78f));
            g.setColor(new Color(0x0b, 0x1b, 0x2b));
            g.fillRect(0, 300, WIDTH, HEIGHT - 300);
            g.setComposite(AlphaComposite.SrcOver);
            titleTop = 360;
            titleHeight = 150;
            maxLines = 2;
            maxSize = 56;
        } else {
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(DARK);
            g.fillRect(0, HEIGHT - 120, WIDTH, 120);
            titleTop = 130;
            titleHeight = figure ? 170 : 320;
            maxLines = figure ? 3 : 4;
            maxSize = figure ? 52 : 72;
        }
        g.setColor(ACCENT);
        g.fillRect(0, 0, 16, HEIGHT);

        // Section label
        g.setFont(REGULAR.deriveFont(28f));
        g.setColor(photo ? ACCENT : new Color(0xdd, 0xe8, 0xf3));
        g.drawString(spec.section().toUpperCase(java.util.Locale.ROOT), MARGIN, photo ? 345 : 95);

        // Title
        CardLayout.Fitted title = CardLayout.fit(spec.title(), BOLD, WIDTH - 2 * MARGIN, titleHeight, maxLines, maxSize, 30);
        g.setFont(BOLD.deriveFont(title.size()));
        g.setColor(Color.WHITE);
        int ascent = g.getFontMetrics().getAscent();
        int y = titleTop;
        for (String line : title.lines()) {
            g.drawString(line, MARGIN, y + ascent);
            y += title.lineHeight();
        }

        if (figure) drawFigure(g, spec);

        // The figure's source line, at the top of the footer band: a figure never travels without its source.
        if (figure && !spec.source().isBlank()) {
            CardLayout.Fitted source = CardLayout.fit(spec.source(), REGULAR, WIDTH - 2 * MARGIN, 30, 1, 22, 14);
            g.setFont(REGULAR.deriveFont(source.size()));
            g.setColor(new Color(0xdd, 0xe8, 0xf3));
            g.drawString(source.lines().get(0), MARGIN, HEIGHT - 88);
        }

        // Footer: site name and language
        g.setColor(Color.WHITE);
        g.setFont(BOLD.deriveFont(32f));
        g.drawString(spec.siteName(), MARGIN, HEIGHT - 50);
        g.setFont(REGULAR.deriveFont(26f));
        String right = spec.language() + (spec.host().isEmpty() ? "" : "  ·  " + spec.host());
        int rw = g.getFontMetrics().stringWidth(right);
        g.drawString(right, WIDTH - MARGIN - rw, HEIGHT - 52);
        g.dispose();
        return new Drawn(png(img), title, MARGIN, titleTop, img);
    }

    private static void drawFigure(Graphics2D g, CardSpec spec) {
        g.setColor(Color.WHITE);
        CardLayout.Fitted fig = CardLayout.fit(spec.figure(), BOLD, 520, 110, 1, 96, 40);
        g.setFont(BOLD.deriveFont(fig.size()));
        g.drawString(fig.lines().get(0), MARGIN, 405);
        if (!spec.figureNote().isBlank()) {
            // period, territory, source and confidence (views/Figures.text): on two lines when one is too short
            CardLayout.Fitted note = CardLayout.fit(spec.figureNote(), REGULAR, 590, 52, 2, 24, 18);
            g.setFont(REGULAR.deriveFont(note.size()));
            for (int i = 0; i < note.lines().size(); i++) g.drawString(note.lines().get(i), MARGIN, 438 + i * 25);
        }
        g.setFont(BOLD.deriveFont(28f));
        g.setColor(ACCENT);
        g.drawString(spec.status(), MARGIN, 498);
        if (spec.chart().isEmpty()) return;
        // A small chart on the right: each comparable series its own line, never joined across the merger.
        int x0 = 680, x1 = WIDTH - MARGIN, y0 = 320, y1 = 480;
        g.setColor(new Color(0xff, 0xff, 0xff, 70));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x0, y1, x1, y1);
        for (List<double[]> series : spec.chart()) {
            Path2D path = new Path2D.Double();
            boolean first = true;
            for (double[] p : series) {
                double px = x0 + p[0] * (x1 - x0), py = y1 - p[1] * (y1 - y0);
                if (first) path.moveTo(px, py); else path.lineTo(px, py);
                first = false;
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            for (double[] p : series) {
                double px = x0 + p[0] * (x1 - x0), py = y1 - p[1] * (y1 - y0);
                g.fillOval((int) Math.round(px) - 8, (int) Math.round(py) - 8, 16, 16);
            }
        }
    }

    /** The photo scaled to cover the card, centred. */
    private static void drawPhoto(Graphics2D g, File file) {
        try {
            BufferedImage photo = ImageIO.read(file);
            double scale = Math.max(WIDTH / (double) photo.getWidth(), HEIGHT / (double) photo.getHeight());
            int w = (int) Math.ceil(photo.getWidth() * scale), h = (int) Math.ceil(photo.getHeight() * scale);
            g.drawImage(photo, (WIDTH - w) / 2, (HEIGHT - h) / 2, w, h, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The card as PNG: indexed (a byte a pixel, about 25 KB) when its colours allow it (CardPalette: cards without a photo,
     * and some with one), else RGB without row filters at a low deflate level (about 44 KB).
     */
    private static byte[] png(BufferedImage img) {
        CardPalette.Indexed indexed = CardPalette.of(img);
        if (indexed != null) return IndexedPng.bytes(indexed, 3);
        return new com.pngencoder.PngEncoder().withBufferedImage(img).withCompressionLevel(3)
                .withPredictorEncoding(false).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    private static Font load(String resource) {
        try (InputStream in = CardRenderer.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | NullPointerException e) {
            throw new IllegalStateException("the card font " + resource + " is missing from the build program", e);
        }
    }

    private CardRenderer() {}
}
