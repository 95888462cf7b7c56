package vn.gialai.cds.indicators;

import vn.gialai.cds.data.Localized;

import java.util.List;

/**
 * A goal for a year. operator: ">=", ">", "=", "<=", "<", "range" (value to valueMax), "top" (rank at
 * most value), or "qualitative" (the text is the goal; no number).
 */
public record Target(
        int year,
        String operator,
        Double value,
        Double valueMax,
        Localized text,
        String territory,
        List<String> sources,
        String confidence,
        Localized note) {

    public boolean isNumeric() { return !"qualitative".equals(operator) && value != null; }

    /** Does a figure meet this goal? "=" is read as "at least" (or "at most" when lower is better). */
    public boolean isMetBy(double v, boolean lowerIsBetter) {
        return switch (operator) {
            case ">=" -> v >= value;
            case ">" -> v > value;
            case "<=", "top" -> v <= value;
            case "<" -> v < value;
            case "range" -> v >= value;
            case "=" -> lowerIsBetter ? v <= value : v >= value;
            default -> false;
        };
    }

    /** The year the goal is due, as a point in time: the end of that year. */
    public double dueInYears() { return year + 1.0; }
}
