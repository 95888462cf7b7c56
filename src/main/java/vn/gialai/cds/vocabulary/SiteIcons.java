package vn.gialai.cds.vocabulary;

/**
 * Where the site's icons are, from the site root: the files browsers and phones ask for on their own (/favicon.ico,
 * /apple-touch-icon.png), the web manifest of each language, and the icons it names (copied from assets/icons/).
 */
public final class SiteIcons {
    public static final String FAVICON = "favicon.ico";
    public static final String APPLE_TOUCH = "apple-touch-icon.png";
    public static final String MANIFEST = "manifest.webmanifest";
    /** The source of each icon file, in assets/icons/ (icon.svg drawn at that size). */
    public static final String SOURCE_32 = "assets/icons/icon-32.png";
    public static final String SOURCE_180 = "assets/icons/apple-touch-icon.png";
    public static final String ICON_192 = "assets/icons/icon-192.png";
    public static final String ICON_512 = "assets/icons/icon-512.png";
    public static final String SVG = "assets/icons/icon.svg";

    /** The manifest of a language: "manifest.webmanifest", "en/manifest.webmanifest". */
    public static String manifest(Language lang) { return lang.urlPrefix() + MANIFEST; }

    private SiteIcons() {}
}
