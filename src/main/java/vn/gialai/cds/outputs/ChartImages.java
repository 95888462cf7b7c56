package vn.gialai.cds.outputs;

import vn.gialai.cds.charts.ChartPicture;
import vn.gialai.cds.charts.ChartView;
import vn.gialai.cds.vocabulary.Addresses;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Each indicator's chart as images to download and reuse, beside its page in each language (chart.svg, chart.png):
 * the widest layout of the page's chart, its title, legend, source line and the page's address drawn into the image
 * (charts/ChartPicture). The PNG is painted by Java2D with the site's card font (Be Vietnam Pro), at twice the size.
 */
public final class ChartImages implements SiteOutput {
    /** One chart to write: the indicator page's folder ("tien-do/gl-5g/"), its chart, source line and address. */
    public record Item(String folder, ChartView chart, String sourceLine, String address) {}

    private static final int SCALE = 2;
    private static final Font BOLD = load("/fonts/BeVietnamPro-Bold.ttf");
    private static final Font REGULAR = load("/fonts/BeVietnamPro-Regular.ttf");

    private final List<Item> items;
    private final Path cacheDir;

    public ChartImages(List<Item> items) { this(items, null); }

    /**
     * @param cacheDir where drawn PNGs are kept by the hash of their picture (its SVG, which holds every shape and text)
     *                 and of this class's code, so an unchanged chart is not drawn again; null: always drawn
     */
    public ChartImages(List<Item> items, Path cacheDir) {
        this.items = items;
        this.cacheDir = cacheDir;
    }

    @Override
    public String name() { return "chart images"; }

    @Override
    public void write(Path staging) throws IOException {
        for (Item item : items) {
            if (item.chart() == null) continue;
            ChartPicture picture = ChartPicture.of(item.chart(), item.sourceLine(), item.address());
            Path svg = staging.resolve(Addresses.indicatorChartSvg(item.folder()));
            Files.createDirectories(svg.getParent());
            Files.writeString(svg, picture.svg(), StandardCharsets.UTF_8);
            Path png = staging.resolve(Addresses.indicatorChartPng(item.folder()));
            if (cacheDir == null) {
                Files.write(png, png(picture));
                continue;
            }
            Path cached = cacheDir.resolve(vn.gialai.cds.files.Hashes.of(CODE + "\n" + picture.svg()).substring(0, 24) + ".png");
            if (!Files.isRegularFile(cached)) vn.gialai.cds.files.AtomicFiles.write(cached, png(picture));
            vn.gialai.cds.files.CachedCopies.put(cached, png);
        }
    }

    /** The drawing code's and fonts' fingerprint: a change to either draws every chart again. */
    private static final String CODE = code();

    private static String code() {
        return vn.gialai.cds.files.CodeFingerprint.of(List.of(ChartImages.class), List.of(),
                List.of("/fonts/BeVietnamPro-Bold.ttf", "/fonts/BeVietnamPro-Regular.ttf"));
    }

    static byte[] png(ChartPicture picture) {
        BufferedImage img = new BufferedImage(picture.width() * SCALE, picture.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.scale(SCALE, SCALE);
        for (ChartPicture.Shape s : picture.shapes()) {
            Color c = Color.decode(ChartPicture.COLOURS.getOrDefault(s.colour(), "#1b1b1b"));
            double[] p = s.xy();
            switch (s.kind()) {
                case "text" -> {
                    g.setColor(c);
                    g.setFont((s.bold() ? BOLD : REGULAR).deriveFont((float) s.size()));
                    double w = g.getFontMetrics().getStringBounds(s.text(), g).getWidth();
                    double x = switch (s.anchor()) {
                        case "middle" -> p[0] - w / 2;
                        case "end" -> p[0] - w;
                        default -> p[0];
                    };
                    g.drawString(s.text(), (float) x, (float) p[1]);
                }
                case "line" -> {
                    g.setColor(c);
                    g.setStroke(s.dashed() ? new BasicStroke((float) s.size(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[]{4, 3}, 0) : new BasicStroke((float) s.size()));
                    g.draw(new Line2D.Double(p[0], p[1], p[2], p[3]));
                }
                case "path" -> {
                    Path2D path = new Path2D.Double();
                    path.moveTo(p[0], p[1]);
                    for (int i = 2; i < p.length; i += 2) path.lineTo(p[i], p[i + 1]);
                    g.setColor(c);
                    g.setStroke(new BasicStroke((float) s.size(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(path);
                }
                case "circle" -> {
                    g.setColor(c);
                    g.fill(new Ellipse2D.Double(p[0] - s.size(), p[1] - s.size(), 2 * s.size(), 2 * s.size()));
                }
                case "ring", "diamond" -> {
                    java.awt.Shape shape = s.kind().equals("ring")
                            ? new Ellipse2D.Double(p[0] - s.size(), p[1] - s.size(), 2 * s.size(), 2 * s.size())
                            : diamond(p[0], p[1], s.size());
                    g.setColor(Color.WHITE);
                    g.fill(shape);
                    g.setColor(c);
                    g.setStroke(new BasicStroke(2f));
                    g.draw(shape);
                }
                default -> throw new IllegalStateException(s.kind());
            }
        }
        g.dispose();
        // As the share cards: a low deflate level and no row filters, several times faster for a few more kilobytes.
        return new com.pngencoder.PngEncoder().withBufferedImage(img).withCompressionLevel(3)
                .withPredictorEncoding(false).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    private static Path2D diamond(double x, double y, double r) {
        Path2D d = new Path2D.Double();
        d.moveTo(x - r, y);
        d.lineTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.closePath();
        return d;
    }

    private static Font load(String resource) {
        try (InputStream in = ChartImages.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | NullPointerException e) {
            throw new IllegalStateException("the chart font " + resource + " is missing from the build program", e);
        }
    }
}
