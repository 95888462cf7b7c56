package vn.gialai.cds.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The same synthetic articles laid out for the two builds we compare with: stock JBake (its own header format,
 * its default renderers with tables on, minimal FreeMarker templates; it has one taxonomy, so an article's tags, pillars and
 * sectors are all its tags) and Hugo (YAML front matter, a minimal equivalent theme: one page per article, a paginated
 * index, paginated pages for tags, pillars and sectors, a feed, a sitemap). Both get every article's whole body (prose,
 * lists, table).
 */
final class Comparisons {
    private static final Pattern HEADER = Pattern.compile("(?s)^(.*?)\\n~~~~~~\\n(.*)$");

    /** Articles of both languages of our synthetic site, as a stock JBake project. */
    static Path stockJBake(Path ours) throws IOException {
        Path dir = Files.createTempDirectory("stock-jbake-");
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("jbake.properties"), "render.tags=true\nrender.feed=true\nrender.archive=true\nrender.sitemap=true\n"
                + "render.index=true\nindex.paginate=true\nindex.posts_per_page=10\ndb.store=memory\n"
                // Markdown tables, as ours renders them (JBake's default extensions leave a table as a paragraph).
                + "markdown.extensions=TABLES\n");
        String layout = "<!DOCTYPE html><html><head><title>${(content.title)!\"Site\"}</title></head><body>%s</body></html>";
        Files.writeString(dir.resolve("templates/post.ftl"), String.format(layout, "<h1>${content.title}</h1>${content.body}"
                + "<#if content.previousContent??><a href=\"${content.previousContent.uri}\">prev</a></#if>"));
        Files.writeString(dir.resolve("templates/page.ftl"), String.format(layout, "<h1>${content.title}</h1>${content.body}"));
        Files.writeString(dir.resolve("templates/index.ftl"), String.format(layout, "<#list posts as p><a href=\"${p.uri}\">${p.title}</a></#list>"));
        Files.writeString(dir.resolve("templates/archive.ftl"), String.format(layout, "<#list published_posts as p><a href=\"${p.uri}\">${p.title}</a></#list>"));
        Files.writeString(dir.resolve("templates/tags.ftl"), String.format(layout, "<#list tag_posts as p><a href=\"${p.uri}\">${p.title}</a></#list>"));
        Files.writeString(dir.resolve("templates/feed.ftl"), "<feed><#list published_posts as p><entry>${p.title}</entry></#list></feed>");
        Files.writeString(dir.resolve("templates/sitemap.ftl"), "<urlset><#list published_content as p><url>${p.uri}</url></#list></urlset>");
        forEachArticle(ours, (name, header, body) -> {
            String title = field(header, "title"), date = field(header, "date");
            List<String> tags = new ArrayList<>(list(header, "tags"));
            tags.addAll(list(header, "pillars"));
            tags.addAll(list(header, "sectors"));
            Files.writeString(dir.resolve("content/" + name), "title=" + title + "\ndate=" + date + "\ntype=post\nstatus=published\ntags="
                    + String.join(",", tags) + "\n~~~~~~\n" + body, StandardCharsets.UTF_8);
        });
        return dir;
    }

    /** The same articles as a Hugo site with a minimal equivalent theme. */
    static Path hugo(Path ours) throws IOException {
        Path dir = Files.createTempDirectory("hugo-");
        Files.createDirectories(dir.resolve("content/posts"));
        Path layouts = dir.resolve("layouts/_default");
        Files.createDirectories(layouts);
        Files.writeString(dir.resolve("config.toml"), "baseURL = 'https://example.org/'\ntitle = 'Bench'\npaginate = 10\n"
                // 20 entries per feed, as ours (outputs/Feeds.ENTRIES); Hugo's default is every page.
                + "rssLimit = 20\n"
                + "[taxonomies]\ntag = 'tags'\npillar = 'pillars'\nsector = 'sectors'\n");
        String head = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>";
        Files.writeString(layouts.resolve("single.html"), head + "<h1>{{ .Title }}</h1>{{ .Content }}"
                + "{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">prev</a>{{ end }}</body></html>");
        Files.writeString(layouts.resolve("list.html"), head + "{{ range .Paginator.Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>");
        Files.writeString(layouts.resolve("terms.html"), head + "{{ range .Data.Terms }}<a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a>{{ end }}</body></html>");
        // Every regular page is a post. Not `where .Site.RegularPages "Section" "posts"`: Hugo evaluates the argument of
        // .Paginate again on every pager page, so the filter made the home pages' time grow with the square of the articles
        // (measured: 258 s of CPU at 10,000 articles per language, 16 s at 2,000).
        Files.writeString(dir.resolve("layouts/index.html"), head + "{{ range (.Paginate .Site.RegularPages).Pages }}"
                + "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>");
        forEachArticle(ours, (name, header, body) -> {
            String title = field(header, "title").replace("\"", "'"), date = field(header, "date");
            Files.writeString(dir.resolve("content/posts/" + name), "---\ntitle: \"" + title + "\"\ndate: " + date
                    + "\ntags: " + yamlList(list(header, "tags")) + "\npillars: " + yamlList(list(header, "pillars"))
                    + "\nsectors: " + yamlList(list(header, "sectors")) + "\n---\n" + body, StandardCharsets.UTF_8);
        });
        return dir;
    }

    interface ArticleConsumer { void accept(String name, String header, String body) throws IOException; }

    private static void forEachArticle(Path ours, ArticleConsumer c) throws IOException {
        for (String folder : new String[]{"content/vi/tin-tuc", "content/en/news"}) {
            try (Stream<Path> s = Files.list(ours.resolve(folder))) {
                for (Path f : s.filter(p -> p.getFileName().toString().startsWith("tin-tong-hop-")
                        || p.getFileName().toString().startsWith("synthetic-news-")).sorted().toList()) {
                    Matcher m = HEADER.matcher(Files.readString(f));
                    if (m.matches()) c.accept(f.getFileName().toString(), m.group(1), m.group(2));
                }
            }
        }
    }

    /** A comma-separated header field as a list (empty when the field is empty). */
    static List<String> list(String header, String key) {
        String v = field(header, key);
        return v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
    }

    static String yamlList(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\"", "'") + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    static String field(String header, String key) {
        for (String line : header.split("\n")) if (line.startsWith(key + "=")) return line.substring(key.length() + 1);
        return "";
    }

    private Comparisons() {}
}
