package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page, shared on Facebook or Zalo, shows its own title, summary and a 1200×630 card; search engines get JSON-LD. */
class SharingTest {
    private final BuiltSite built = BuiltSite.get();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String meta(Document d, String property) {
        var el = d.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return el == null ? "" : el.attr("content");
    }

    @Test
    void everyPageHasCompleteAbsoluteOpenGraphTags() {
        built.pages.forEach((path, d) -> {
            if (path.endsWith("/embed/index.html")) return; // shown inside another site's frame, never shared
            boolean en = path.startsWith("en/");
            for (String p : List.of("og:title", "og:description", "og:url", "og:image", "og:image:width", "og:image:height",
                    "og:image:alt", "og:type", "og:locale", "og:locale:alternate", "og:site_name", "twitter:card", "description")) {
                assertFalse(meta(d, p).isBlank(), path + " has " + p);
            }
            assertTrue(meta(d, "og:description").length() <= 200, path + " description ≤ 200");
            assertTrue(meta(d, "og:url").startsWith(BuiltSite.SITE_URL), path);
            assertTrue(meta(d, "og:image").startsWith(BuiltSite.SITE_URL), path);
            assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), meta(d, "og:url"), path);
            assertEquals(en ? "en_US" : "vi_VN", meta(d, "og:locale"), path);
            assertEquals(en ? "vi_VN" : "en_US", meta(d, "og:locale:alternate"), path);
            assertEquals("summary_large_image", meta(d, "twitter:card"), path);
            boolean news = d.selectFirst(".article-meta") != null;
            assertEquals(news ? "article" : "website", meta(d, "og:type"), path);
            if (news) {
                assertTrue(meta(d, "article:published_time").matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+07:00"), path);
                assertFalse(meta(d, "article:modified_time").isBlank(), path);
            }
        });
    }

    @Test
    void aSharedPageIsTitledWithThePageAndTheSiteName() {
        // shared on Zalo or Facebook, "Y tế" alone says nothing: the title is "page – site name", as the browser tab
        built.sitePages.forEach((path, d) -> {
            String site = vn.gialai.cds.support.Interface.text(path.startsWith("en/") ? "en" : "vi", "site.name");
            String og = meta(d, "og:title");
            boolean home = path.equals("index.html") || path.equals("en/index.html");
            if (home) {
                assertEquals(site, og, path);
            } else {
                assertTrue(og.endsWith(" – " + site) && og.length() > site.length() + 3, path + ": " + og);
                assertEquals(d.title(), og, path + ": the share title is the page's title");
            }
            var box = d.selectFirst(".share-links");
            if (box != null) {
                assertEquals(og, box.attr("data-share-title"), path + ": the system share sheet gets the same title");
                String x = d.selectFirst(".share-links a[href*=twitter.com]").attr("href");
                assertTrue(java.net.URLDecoder.decode(x, java.nio.charset.StandardCharsets.UTF_8).contains("text=" + og), path + ": " + x);
            }
        });
    }

    @Test
    void everyCardExistsAt1200By630() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var e : built.pages.entrySet()) {
            if (e.getKey().endsWith("/embed/index.html")) continue; // never shared: no card
            String image = meta(e.getValue(), "og:image");
            if (checked.contains(image)) continue;
            Path file = built.out.resolve(image.substring(BuiltSite.SITE_URL.length()));
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertEquals("png", reader.getFormatName().toLowerCase());
                assertEquals(1200, reader.getWidth(0), image);
                assertEquals(630, reader.getHeight(0), image);
                reader.dispose();
            }
            assertEquals("1200", meta(e.getValue(), "og:image:width"));
            assertEquals("630", meta(e.getValue(), "og:image:height"));
            checked.add(image);
        }
        long pages = built.pages.keySet().stream().filter(p -> !p.endsWith("404.html") && !p.endsWith("/embed/index.html")).count();
        assertEquals(pages, checked.size(), "one card of its own per page (the not-found pages share their home page's)");
    }

    @Test
    void jsonLdParsesAndSaysWhatEachPageIs() throws Exception {
        int articles = 0, datasets = 0;
        for (var e : built.pages.entrySet()) {
            if (e.getKey().endsWith("/embed/index.html")) continue; // a frame's page: its indicator page is the Dataset
            List<String> types = new ArrayList<>();
            for (var script : e.getValue().select("script[type=application/ld+json]")) {
                JsonNode node = JSON.readTree(script.data());
                if (node.has("@graph")) node.get("@graph").forEach(n -> types.add(n.get("@type").asText()));
                else types.add(node.get("@type").asText());
            }
            String path = e.getKey();
            if (path.equals("index.html") || path.equals("en/index.html")) {
                assertTrue(types.containsAll(List.of("WebSite", "GovernmentOrganization")), path + " " + types);
            } else {
                assertTrue(types.contains("BreadcrumbList"), path + " " + types);
            }
            if (e.getValue().selectFirst(".article-meta") != null) {
                articles++;
                assertTrue(types.contains("NewsArticle"), path);
            }
            if (e.getValue().selectFirst(".indicator-headline") != null) {
                datasets++;
                assertTrue(types.contains("Dataset"), path);
            }
        }
        assertEquals(10, articles, "the fixture's five published articles in two languages were checked");
        assertEquals(10, datasets, "the fixture's five indicators in two languages were checked");
    }

    @Test
    void shareLinksNeedNoThirdPartyScriptAndWorkWithoutJavaScript() {
        Document d = built.page("tin-tuc/bai-mau-ha-tang-so/index.html");
        var box = d.selectFirst(".share-links");
        String url = BuiltSite.SITE_URL + "tin-tuc/bai-mau-ha-tang-so/";
        assertEquals("https://www.facebook.com/sharer/sharer.php?u=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8),
                box.selectFirst("a[href^=https://www.facebook.com/sharer/sharer.php?u=]").attr("href"), "the page's own address is shared");
        assertTrue(box.selectFirst("a[href^=https://twitter.com/intent/tweet]").attr("href")
                .contains(java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)), "X gets the address too");
        assertTrue(box.selectFirst("a[href^=mailto:]").attr("href").contains(java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)),
                "so does the e-mail");
        assertEquals(url, box.selectFirst("input#share-url").attr("value"), "the address is there to copy without JavaScript");
        assertTrue(box.selectFirst(".share-links__native").hasAttr("hidden"), "shown only where the browser can share");
        for (var s : d.select("script[src]")) assertTrue(s.attr("src").startsWith("/"), "only our own scripts: " + s.attr("src"));
        assertTrue(box.select("a[target=_blank] .visually-hidden").size() == 2, "new-tab links say so");
    }

    @Test
    void aNewsPhotoIsUsedForItsCard() throws Exception {
        var card = ImageIO.read(built.out.resolve("tin-tuc/bai-mau-ha-tang-so/card.png").toFile());
        var plain = ImageIO.read(built.out.resolve("tin-tuc/bai-mau-hoi-thao/card.png").toFile());
        // the sample picture's sky at the top right, not the brand blue of a card without photo
        assertTrue(card.getRGB(1000, 40) != plain.getRGB(1000, 40));
    }
}
