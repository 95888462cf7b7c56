package vn.gialai.cds.sharing;

import java.util.List;

/**
 * The figure a share card may carry (an indicator's): its value, a note under it (period and territory), its status,
 * and its series as points in 0..1, one list per comparable series.
 */
public record CardFigure(String figure, String note, String status, List<List<double[]>> chart) {
    public static final CardFigure NONE = new CardFigure("", "", "", List.of());
}
