package vn.gialai.cds.charts;

/** A rectangle in SVG user units (y grows downwards). */
public record Box(double left, double top, double right, double bottom) {

    /** Two boxes share some area (touching edges do not count). */
    public boolean intersects(Box o) {
        return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
    }

    public boolean inside(double minX, double minY, double maxX, double maxY) {
        return left >= minX && right <= maxX && top >= minY && bottom <= maxY;
    }

    /** A square of half-side r around a point: a marker. */
    public static Box around(double x, double y, double r) {
        return new Box(x - r, y - r, x + r, y + r);
    }
}
