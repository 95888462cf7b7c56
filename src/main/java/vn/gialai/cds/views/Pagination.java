package vn.gialai.cds.views;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page numbers a list's pagination shows, as GOV.UK's does: the first and the last page, the current one and
 * its two neighbours, and a gap for each run of pages left out. A list of 1,000 pages shows at most seven items on
 * each of its pages, so a list page's size does not grow with the site (before, every page linked every other one:
 * 3,000 lines of links on each page of a list of 1,000 pages).
 */
public final class Pagination {
    /** Stands for a run of pages left out. */
    public static final int GAP = 0;

    /**
     * The page numbers shown on page current of total (both from 1), in order, with {@link #GAP} where pages are left
     * out. A gap that would hide a single page is not made: that page is shown instead (1 2 3 4, not 1 … 3 4).
     */
    public static List<Integer> numbersShown(int current, int total) {
        if (total < 1 || current < 1 || current > total) {
            throw new IllegalArgumentException("page " + current + " of " + total);
        }
        java.util.SortedSet<Integer> kept = new java.util.TreeSet<>(List.of(1, total, current));
        if (current > 1) kept.add(current - 1);
        if (current < total) kept.add(current + 1);
        List<Integer> shown = new ArrayList<>();
        int last = 0;
        for (int n : kept) {
            if (n - last == 2) shown.add(n - 1); // the one page between: shown, not a gap
            else if (n - last > 2) shown.add(GAP);
            shown.add(n);
            last = n;
        }
        return shown;
    }

    private Pagination() {}
}
