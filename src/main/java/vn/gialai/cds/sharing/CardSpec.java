package vn.gialai.cds.sharing;

import java.util.List;

/**
 * Everything a share card shows, decided before drawing (so the same spec always gives the same PNG, and
 * its hash names the cached file).
 *
 * @param section  what the page is ("TIN TỨC", "CHỈ SỐ", "LĨNH VỰC" …), in the page's language
 * @param language the language's own name ("Tiếng Việt", "English")
 * @param figure   an indicator's headline value, or "" (then figureNote and status are "" too)
 * @param chart    the indicator's series as points in 0..1 (x, y), one list per comparable series; empty when none
 * @param photo    a news photo's absolute file path, or "" (the key also holds the photo's bytes' hash)
 * @param source   the source line of an indicator's figure ("Nguồn: … · Biểu đồ: …"), or ""
 */
public record CardSpec(String title, String section, String siteName, String language, String host,
                       String figure, String figureNote, String status, List<List<double[]>> chart, String photo,
                       String source) {

    /** The stable text the cache key is made from. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(CardRenderer.VERSION).append('\n');
        for (String s : List.of(title, section, siteName, language, host, figure, figureNote, status, photo, source)) sb.append(s).append('\n');
        // the photo by its bytes too: a photo replaced under the same name is another card
        if (photo != null && !photo.isEmpty()) sb.append(photoBytes(photo)).append('\n');
        for (List<double[]> series : chart) {
            for (double[] p : series) sb.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f;", p[0], p[1]));
            sb.append('|');
        }
        return sb.toString();
    }

    private static String photoBytes(String photo) {
        try {
            return vn.gialai.cds.files.Hashes.of(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(photo)));
        } catch (java.io.IOException e) {
            return "unreadable"; // drawn as the renderer can; the build has checked the photo before
        }
    }
}
