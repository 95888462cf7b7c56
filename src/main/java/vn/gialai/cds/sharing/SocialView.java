package vn.gialai.cds.sharing;

import java.util.List;

/**
 * What a page says about itself when shared (Open Graph, Twitter card) and to search engines (JSON-LD), and
 * the share links it offers. Every address is absolute, from the configured site address.
 */
public record SocialView(
        String title,
        String description,
        String url,
        String image,
        int imageWidth,
        int imageHeight,
        String imageAlt,
        String type,
        String locale,
        String localeAlternate,
        String siteName,
        String publishedTime,
        String modifiedTime,
        List<String> jsonLd,
        ShareView share) {

    /** Share links that need no third-party script: the platforms' own share addresses, e-mail, and the address itself. */
    public record ShareView(String url, String facebook, String x, String email) {}
}
