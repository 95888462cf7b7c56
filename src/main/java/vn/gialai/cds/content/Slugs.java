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
        // the same few tags are slugified for every article of every build: each distinct text is folded once
        String known = SLUGS.get(text);
        if (known != null) return known;
        if (SLUGS.size() >= MEMO_LIMIT) SLUGS.clear();
        String slug = slugifyOnce(text);
        SLUGS.put(text, slug);
        return slug;
    }

    private static final int MEMO_LIMIT = 4096;
    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String slugifyOnce(String text) {
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
