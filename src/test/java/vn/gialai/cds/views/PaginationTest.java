package vn.gialai.cds.views;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.cds.views.Pagination.GAP;

/** A list's pagination shows the first, the last, the current page and its neighbours, and a gap for the rest. */
class PaginationTest {

    @Test
    void aShortListShowsEveryPage() {
        assertEquals(List.of(1), Pagination.numbersShown(1, 1));
        assertEquals(List.of(1, 2, 3), Pagination.numbersShown(2, 3));
        assertEquals(List.of(1, 2, 3, 4, 5), Pagination.numbersShown(3, 5));
    }

    @Test
    void aLongListShowsTheEndsTheCurrentPageAndItsNeighbours() {
        assertEquals(List.of(1, GAP, 499, 500, 501, GAP, 1000), Pagination.numbersShown(500, 1000));
        assertEquals(List.of(1, 2, GAP, 1000), Pagination.numbersShown(1, 1000));
        assertEquals(List.of(1, GAP, 999, 1000), Pagination.numbersShown(1000, 1000));
    }

    @Test
    void aGapNeverHidesASinglePage() {
        assertEquals(List.of(1, 2, 3, 4, GAP, 10), Pagination.numbersShown(3, 10));
        assertEquals(List.of(1, GAP, 7, 8, 9, 10), Pagination.numbersShown(8, 10));
        assertEquals(List.of(1, 2, 3, 4), Pagination.numbersShown(1, 4));
    }

    @Test
    void whatAPageShowsDoesNotGrowWithTheList() {
        for (int total : new int[]{10, 100, 10_000}) {
            for (int current = 1; current <= total; current += Math.max(1, total / 37)) {
                List<Integer> shown = Pagination.numbersShown(current, total);
                assertTrue(shown.size() <= 7, current + " of " + total + ": " + shown);
                assertTrue(shown.contains(current) && shown.get(0) == 1 && shown.get(shown.size() - 1) == total, shown.toString());
            }
        }
    }

    @Test
    void aPageOutsideTheListIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Pagination.numbersShown(0, 3));
        assertThrows(IllegalArgumentException.class, () -> Pagination.numbersShown(4, 3));
    }
}
