package vn.gialai.cds.sharing;

import java.util.List;

/**
 * The figure a share card may carry (an indicator's): its value, a note under it (period and territory), its status,
 * its series as points in 0..1, one list per comparable series, and the source line that travels with the figure
 * (the same as under the chart and in its images).
 */
public record CardFigure(String figure, String note, String status, List<List<double[]>> chart, String source) {
    public static final CardFigure NONE = new CardFigure("", "", "", List.of(), "");
}
