package vn.gialai.cds.sharing;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a title into a box: the largest font size (from max down to min) at which the words wrap into at
 * most maxLines lines that are each no wider than the box. Measured with the real font, so the test can
 * check that no text leaves the card.
 */
public final class CardLayout {
    /** The lines at a font size, and the measured size of the block they make. */
    public record Fitted(List<String> lines, float size, int width, int height, int lineHeight, boolean ellipsised) {}

    public static Fitted fit(String text, Font font, int boxWidth, int boxHeight, int maxLines, float max, float min) {
        if (text == null || text.isBlank()) return new Fitted(List.of(""), max, 0, 0, 0, false);
        for (float size = max; size >= min; size -= 2) {
            Font f = font.deriveFont(size);
            FontMetrics fm = metrics(f);
            List<String> lines = wrap(text, fm, boxWidth);
            int lineHeight = Math.round(fm.getHeight() * 1.02f);
            if (lines.size() <= maxLines && lines.size() * lineHeight <= boxHeight) {
                return new Fitted(lines, size, widest(lines, fm), lines.size() * lineHeight, lineHeight, false);
            }
        }
        // Still too long at the smallest size: keep maxLines lines and end the last with an ellipsis.
        Font f = font.deriveFont(min);
        FontMetrics fm = metrics(f);
        List<String> lines = new ArrayList<>(wrap(text, fm, boxWidth));
        int lineHeight = Math.round(fm.getHeight() * 1.02f);
        int keep = Math.max(1, Math.min(maxLines, boxHeight / lineHeight));
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(keep, lines.size())));
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && fm.stringWidth(last + "…") > boxWidth) last = last.substring(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : last.length() - 1);
        kept.set(kept.size() - 1, last + "…");
        return new Fitted(kept, min, widest(kept, fm), kept.size() * lineHeight, lineHeight, true);
    }

    /** Greedy word wrap; a single word wider than the box is cut by characters. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String w = word;
            while (fm.stringWidth(w) > width) {
                int cut = w.length() - 1;
                while (cut > 1 && fm.stringWidth(w.substring(0, cut)) > width) cut--;
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    static int widest(List<String> lines, FontMetrics fm) {
        int w = 0;
        for (String l : lines) w = Math.max(w, fm.stringWidth(l));
        return w;
    }

    static FontMetrics metrics(Font f) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontMetrics fm = g.getFontMetrics(f);
        g.dispose();
        return fm;
    }

    private CardLayout() {}
}
