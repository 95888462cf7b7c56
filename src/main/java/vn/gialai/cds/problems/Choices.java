package vn.gialai.cds.problems;

import org.apache.commons.text.similarity.LevenshteinDistance;

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
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return allowed.stream()
                .sorted(Comparator.comparingInt((String a) -> distance.apply(w, a.toLowerCase(Locale.ROOT))))
                .limit(NEAREST).toList();
    }

    /**
     * Whether what was written is a slip of the keys from that value: at most two letters added, dropped or changed
     * (ignoring case), and fewer than half of its letters.
     */
    public static boolean close(String written, String value) {
        int d = LevenshteinDistance.getDefaultInstance().apply(written.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
        return d <= 2 && 2 * d < Math.max(written.length(), value.length());
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
