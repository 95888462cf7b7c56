package vn.gialai.cds.outputs;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.Urls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** sitemap.xml and robots.txt, for search engines. */
public final class Sitemap implements SiteOutput {
    private final List<Page> pages;
    private final Urls urls;

    public Sitemap(List<Page> pages, Urls urls) {
        this.pages = pages;
        this.urls = urls;
    }

    @Override
    public String name() { return "sitemap"; }

    /** The files it writes. */
    public List<String> files() { return List.of("sitemap.xml", "robots.txt"); }

    @Override
    public void write(Path out) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(p -> p.type().addressable()).sorted(Comparator.comparing(Page::path)).forEach(p -> {
            sb.append("  <url><loc>").append(escape(urls.absolute(p.path()))).append("</loc>");
            if (p.date() != null) sb.append("<lastmod>").append(p.date()).append("</lastmod>");
            sb.append("</url>\n");
        });
        sb.append("</urlset>\n");
        Files.writeString(out.resolve("sitemap.xml"), sb, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + urls.absolute("sitemap.xml") + "\n",
                StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

}
