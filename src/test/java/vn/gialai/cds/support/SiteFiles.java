package vn.gialai.cds.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A built site read the way a visitor's browser meets it, with jsoup and the file tree only: none of the build's own
 * classes (OutputSite, LinkCheck, LanguageCheck), so a mistake in those cannot hide a broken page from the tests.
 */
public final class SiteFiles {
    private SiteFiles() {}

    /** Every HTML file of the folder by its path ("linh-vuc/y-te/index.html"), parsed. */
    public static Map<String, Document> pages(Path root) {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html")).sorted().toList()) {
                pages.put(root.relativize(f).toString().replace('\\', '/'), Jsoup.parse(f.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * Follows every link, image, script, stylesheet, srcset entry and share address of every page that points into the
     * site (a path starting with the base path, or an absolute address on the site's host) and returns the ones that
     * lead nowhere: no such file, or a #fragment with no element of that id. Empty when every one resolves.
     */
    public static List<String> brokenLinks(Path root, Map<String, Document> pages, String siteUrl) {
        URI site = URI.create(siteUrl);
        String base = site.getPath();
        List<String> broken = new ArrayList<>();
        int followed = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            Document doc = e.getValue();
            for (String[] link : links(doc)) {
                String what = link[0];
                String href = link[1].strip();
                if (href.isEmpty()) {
                    broken.add(page + ": empty " + what);
                    continue;
                }
                if (href.startsWith("#")) {
                    followed++;
                    if (!hasId(doc, href.substring(1))) broken.add(page + ": " + what + " " + href + " (no such id on the page)");
                    continue;
                }
                String path;
                if (href.startsWith("//")) {
                    broken.add(page + ": " + what + " " + href + " (protocol-relative address)");
                    continue;
                } else if (href.startsWith("/")) {
                    path = href;
                } else if (href.startsWith("http://") || href.startsWith("https://")) {
                    URI u = URI.create(href);
                    if (!site.getHost().equals(u.getHost())) continue; // another site: not ours to resolve
                    path = u.getRawPath() + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
                } else if (href.matches("[a-z]+:.*")) {
                    continue; // mailto: and the like
                } else {
                    broken.add(page + ": " + what + " " + href + " (relative address)");
                    continue;
                }
                followed++;
                String fragment = "";
                int hash = path.indexOf('#');
                if (hash >= 0) {
                    fragment = path.substring(hash + 1);
                    path = path.substring(0, hash);
                }
                int query = path.indexOf('?');
                if (query >= 0) path = path.substring(0, query);
                if (!path.startsWith(base)) {
                    broken.add(page + ": " + what + " " + href + " (outside the base path " + base + ")");
                    continue;
                }
                String rel = URLDecoder.decode(path.substring(base.length()), StandardCharsets.UTF_8);
                if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
                Path target = root.resolve(rel).normalize();
                if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                    broken.add(page + ": " + what + " " + href + " (no file " + rel + ")");
                    continue;
                }
                if (!fragment.isEmpty()) {
                    Document other = pages.get(rel);
                    if (other == null || !hasId(other, fragment)) broken.add(page + ": " + what + " " + href + " (no id '" + fragment + "' in " + rel + ")");
                }
            }
        }
        if (followed == 0) broken.add("no link was followed at all: is this a built site?");
        return broken;
    }

    private static boolean hasId(Document doc, String id) {
        return doc.getElementById(id) != null || !doc.select("a[name=" + id + "]").isEmpty();
    }

    /** (what, address) for every address in the page a browser or a sharing site would request. */
    private static List<String[]> links(Document doc) {
        List<String[]> out = new ArrayList<>();
        for (Element el : doc.select("a[href], link[href], area[href]")) out.add(new String[]{"<" + el.tagName() + " href>", el.attr("href")});
        for (Element el : doc.select("img[src], script[src], source[src], iframe[src]")) out.add(new String[]{"<" + el.tagName() + " src>", el.attr("src")});
        for (Element el : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : el.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) out.add(new String[]{"<" + el.tagName() + " srcset>", url});
            }
        }
        for (Element el : doc.select("form[action]")) out.add(new String[]{"<form action>", el.attr("action")});
        for (Element el : doc.select("meta[property=og:image], meta[property=og:url], meta[name=twitter:image]")) {
            out.add(new String[]{"<meta " + el.attr("property") + el.attr("name") + ">", el.attr("content")});
        }
        return out;
    }
}
