package vn.gialai.cds.views;

/** Every address the pages print, from one place: root-relative with the configured base path, or absolute. */
public final class Urls {
    private final String siteUrl;
    private final String basePath;

    public Urls(String siteUrl, String basePath) {
        this.siteUrl = siteUrl;
        this.basePath = basePath;
    }

    /** "linh-vuc/" → "/base/linh-vuc/". */
    public String href(String path) { return basePath + path; }

    /** "linh-vuc/" → "https://example.org/base/linh-vuc/", for canonical, hreflang and sharing. */
    public String absolute(String path) { return siteUrl + path; }

    public String basePath() { return basePath; }
    public String siteUrl() { return siteUrl; }
}
