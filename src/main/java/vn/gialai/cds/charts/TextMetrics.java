package vn.gialai.cds.charts;

/**
 * How wide a label is, estimated without any font of the machine (so every build lays out the same): advances per
 * character in em, on the wide side of the sans-serif fonts a reader's browser may use (DejaVu Sans Bold is the widest
 * met; Roboto, Segoe UI and Noto Sans are narrower), so a box is never smaller than the text drawn in it.
 */
public final class TextMetrics {
    /** Above the baseline and below it, in em, with the line's own leading. */
    static final double ASCENT = 0.95, DESCENT = 0.3;

    public static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            em += advance(c);
        }
        return em * size;
    }

    static double advance(int c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) return 0;
        if (c >= '0' && c <= '9') return 0.71;
        return switch (c) {
            case ' ', '\u00a0' -> 0.35;
            case '.', ',', ':', ';', '\'', '|', '!', 'i', 'l', 'j', 'I' -> 0.4;
            case '/', '(', ')', '-', 'f', 't', 'r' -> 0.5;
            case '%', 'm', 'w', 'M', 'W' -> 1.05;
            case '≥', '≤', '–', '+', '=', '<', '>' -> 0.86;
            default -> Character.isUpperCase(c) ? 0.8 : 0.7;
        };
    }

    /** The box of a text whose baseline starts (start), centres (middle) or ends (end) at x, y. */
    public static Box box(String text, double size, double x, double y, String anchor) {
        double w = width(text, size);
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return new Box(left - 1, y - ASCENT * size, left + w + 1, y + DESCENT * size);
    }

    private TextMetrics() {}
}
