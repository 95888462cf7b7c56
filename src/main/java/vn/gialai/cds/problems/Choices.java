package vn.gialai.cds.problems;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a problem names the values a field may take when it was given one it may not: all of them when they are few; when
 * they are many (the indicators' ids), the few nearest to what was written, and where the whole list is, so an editor
 * who mistyped one letter reads the right id first instead of a line of sixty.
 */
public final class Choices {
    /** Up to this many allowed values, a problem lists them all. */
    static final int LISTED = 12;
    /** How many of the nearest values a problem names when there are more. */
    static final int NEAREST = 3;

    /** The allowed values nearest to written (edit distance, ignoring case; ties in the list's order), at most NEAREST. */
    public static List<String> nearest(String written, List<String> allowed) {
        String w = written.toLowerCase(Locale.ROOT);
        return allowed.stream()
                .sorted(Comparator.comparingInt((String a) -> distance(w, a.toLowerCase(Locale.ROOT))))
                .limit(NEAREST).toList();
    }

    /**
     * Whether what was written is a slip of the keys from that value: at most two letters added, dropped, changed or
     * swapped with the next (ignoring case), and fewer than half of its letters ("unti" for "unit": one swap).
     */
    public static boolean close(String written, String value) {
        int d = distance(written.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
        return d <= 2 && 2 * d < Math.max(written.length(), value.length());
    }

    /**
     * The edits from one to the other: a letter added, dropped or changed, or two neighbours swapped, each counts one
     * (the optimal string alignment distance: Levenshtein's, with the swap a typist makes most often).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The one allowed value what was written is a slip of the keys from (close), nearest first; empty when none is. */
    public static java.util.Optional<String> meant(String written, List<String> allowed) {
        return nearest(written, allowed).stream().filter(v -> close(written, v)).findFirst();
    }

    /**
     * The message for an unknown value in a comma-separated header field: every allowed value when they are few, else the
     * nearest and where all of them are listed (listedIn, e.g. "data/indicators/"; null: nowhere an editor reads, so all
     * of them are given).
     */
    public static Msg unknownListValue(String field, String written, List<String> allowed, String listedIn) {
        if (allowed.size() <= LISTED || listedIn == null) return Msg.of("header.unknown-list-value", field, written, String.join(", ", allowed));
        return Msg.of("header.unknown-list-value-near", field, written, String.join(", ", nearest(written, allowed)), allowed.size(), listedIn);
    }

    private Choices() {}
}
