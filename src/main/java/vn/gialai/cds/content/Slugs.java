package vn.gialai.cds.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** ASCII slugs for paths: Vietnamese without diacritics, đ as d. */
public final class Slugs {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static boolean isSlug(String segment) {
        return SEGMENT.matcher(segment).matches();
    }

    /** "Nông nghiệp & Đất đai" → "nong-nghiep-dat-dai". */
    public static String slugify(String text) {
        String folded = fold(text).toLowerCase(java.util.Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "trang" : s;
    }

    /** Removes diacritics and folds đ/Đ, which have no Unicode decomposition. */
    public static String fold(String text) {
        String nfd = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("");
    }

    private Slugs() {}
}
