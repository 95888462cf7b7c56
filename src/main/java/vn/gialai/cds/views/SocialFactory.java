package vn.gialai.cds.views;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.vocabulary.SiteTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.sharing.CardRenderer;
import vn.gialai.cds.sharing.CardFigure;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.sharing.SocialView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each page's share card, Open Graph and JSON-LD: how it looks on Facebook and Zalo, and to search engines. */
public final class SocialFactory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteConfig config;
    private final SiteIndex index;
    private final Urls urls;
    private final Map<Language, Messages> messages;
    private final Map<String, List<NewsImages.Variant>> images;

    public SocialFactory(SiteConfig config, SiteIndex index, Urls urls, Map<Language, Messages> messages,
                         Map<String, List<NewsImages.Variant>> images) {
        this.config = config;
        this.index = index;
        this.urls = urls;
        this.messages = messages;
        this.images = images;
    }

    /**
     * Where a page's card is, from the site root: beside the page ("linh-vuc/y-te/card.png"); 404 pages use their
     * home's, and the later pages of a news list (page 2, 3…) the list's own, beside its first page: a share of page 37
     * of a tag shows the tag, and thousands of cards that differ only in a page number are not drawn.
     */
    public static String cardPath(Page page) {
        if (!page.type().addressable()) return page.lang().urlPrefix() + "card.png";
        String first = page.field(vn.gialai.cds.news.NewsPages.FIRST_PAGE);
        return (first != null ? first : page.path()) + "card.png";
    }

    /** The page whose card this page shows (itself, or the first page of its list), for the card's description. */
    private Page cardOwner(Page page) {
        String first = page.field(vn.gialai.cds.news.NewsPages.FIRST_PAGE);
        return first == null ? page : index.byPath(first).orElse(page);
    }

    /** Whether the card at cardPath(page) is drawn for this page, rather than another page's card it shows. */
    public static boolean ownsCard(Page page) {
        return page.type().addressable() && page.field(vn.gialai.cds.news.NewsPages.FIRST_PAGE) == null;
    }

    /** A page's share card: its title, what it is, the site's name and language, and a figure when it has one. */
    public CardSpec card(Page page, String title, CardFigure figure) {
        Language lang = page.lang();
        Messages t = messages.get(lang);
        String host = URI.create(urls.siteUrl()).getHost();
        String photo = "";
        String image = page.field("image");
        if (image != null && !image.isBlank()) photo = config.projectDir().resolve(image.substring(1)).toString();
        return new CardSpec(title, t.get("card.section." + page.type().id()), t.get("site.name"), t.get("language." + lang.code()),
                host, figure.figure(), figure.note(), figure.status(), figure.chart(), photo, figure.source());
    }

    /**
     * Open Graph, JSON-LD and share links of a page.
     *
     * @param title      og:title
     * @param article    og:type article, with its published and modified times
     * @param typeLd     the page type's own schema.org blocks, after the breadcrumb trail
     */
    public SocialView social(Page page, List<Views.LinkView> breadcrumbs, String title, boolean article, List<String> typeLd) {
        Language lang = page.lang();
        Messages t = messages.get(lang);
        String url = urls.absolute(page.path());
        String description = page.summary() == null || page.summary().isBlank() ? t.get("site.tagline") : page.summary();
        String published = article ? time(page.date()) : "";
        String updated = page.field("updated");
        String modified = article ? time(updated == null || updated.isBlank() ? page.date() : LocalDate.parse(updated)) : "";
        String image = urls.absolute(cardPath(page));
        List<String> ld = new ArrayList<>();
        if (!breadcrumbs.isEmpty()) ld.add(breadcrumbList(lang, breadcrumbs));
        ld.addAll(typeLd);
        String enc = URLEncoder.encode(url, StandardCharsets.UTF_8);
        String encTitle = URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20");
        SocialView.ShareView share = new SocialView.ShareView(url,
                "https://www.facebook.com/sharer/sharer.php?u=" + enc,
                "https://twitter.com/intent/tweet?url=" + enc + "&text=" + encTitle,
                "mailto:?subject=" + encTitle + "&body=" + enc);
        return new SocialView(title, description, url, image, CardRenderer.WIDTH, CardRenderer.HEIGHT,
                t.get("card.alt", cardOwner(page).title(), t.get("site.name")), article ? "article" : "website",
                lang.ogLocale(), lang.other().ogLocale(), t.get("site.name"), published, modified, ld,
                page.type().addressable() ? share : null);
    }

    /** schema.org WebSite and the publishing GovernmentOrganization, for the home page. */
    public String website(Language lang) {
        return website(lang, urls.absolute(lang.urlPrefix()));
    }

    private String website(Language lang, String url) {
        Messages t = messages.get(lang);
        ArrayNode graph = JSON.createArrayNode();
        ObjectNode org = graph.addObject();
        org.put("@type", "GovernmentOrganization");
        org.put("@id", urls.siteUrl() + "#publisher");
        org.put("name", t.get("publisher.name"));
        org.put("url", urls.absolute(lang.urlPrefix()));
        org.put("areaServed", "Gia Lai, Việt Nam");
        ObjectNode site = graph.addObject();
        site.put("@type", "WebSite");
        site.put("@id", urls.siteUrl() + "#website");
        site.put("name", t.get("site.name"));
        site.put("url", url);
        site.put("inLanguage", lang.code());
        site.putObject("publisher").put("@id", urls.siteUrl() + "#publisher");
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.set("@graph", graph);
        return write(root);
    }

    private String breadcrumbList(Language lang, List<Views.LinkView> crumbs) {
        Messages t = messages.get(lang);
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "BreadcrumbList");
        ArrayNode items = root.putArray("itemListElement");
        List<Views.LinkView> all = new ArrayList<>();
        all.add(new Views.LinkView(t.get("breadcrumbs.home"), urls.href(lang.urlPrefix()), ""));
        all.addAll(crumbs);
        for (int i = 0; i < all.size(); i++) {
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", all.get(i).label());
            item.put("item", absoluteFromHref(all.get(i).href()));
        }
        return write(root);
    }

    /** schema.org NewsArticle, for a news article. */
    public String newsArticle(Page page) {
        String updated = page.field("updated");
        return newsArticle(page, urls.absolute(page.path()), urls.absolute(cardPath(page)), time(page.date()),
                time(updated == null || updated.isBlank() ? page.date() : LocalDate.parse(updated)));
    }

    private String newsArticle(Page page, String url, String card, String published, String modified) {
        Messages t = messages.get(page.lang());
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        root.put("headline", page.title());
        root.put("description", page.summary());
        root.put("inLanguage", page.lang().code());
        root.put("datePublished", published);
        root.put("dateModified", modified);
        root.put("mainEntityOfPage", url);
        ArrayNode image = root.putArray("image");
        List<NewsImages.Variant> photo = images.get(page.path());
        if (photo != null && !photo.isEmpty()) image.add(urls.absolute(photo.get(photo.size() - 1).path()));
        image.add(card);
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("@type", "GovernmentOrganization");
        publisher.put("name", t.get("publisher.name"));
        ObjectNode author = root.putObject("author");
        author.put("@type", "GovernmentOrganization");
        author.put("name", t.get("publisher.name"));
        return write(root);
    }

    /** "/base/x/" (what links carry) → "https://host/base/x/". */
    private String absoluteFromHref(String href) {
        return urls.absolute(href.substring(urls.basePath().length()));
    }

    static String time(LocalDate d) {
        return SiteTime.startOfDay(d);
    }

    static String write(ObjectNode node) {
        return vn.gialai.cds.data.StrictJson.forScript(node);
    }
}
