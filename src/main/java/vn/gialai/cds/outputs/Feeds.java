package vn.gialai.cds.outputs;

import vn.gialai.cds.vocabulary.Pillar;

import vn.gialai.cds.vocabulary.Term;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.config.SiteConfig;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.news.AtomFeed;
import vn.gialai.cds.news.FeedStylesheet;
import vn.gialai.cds.news.NewsPages;
import vn.gialai.cds.news.Newsroom;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.views.Urls;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Atom feeds: one per language (all news) and one per pillar, beside the news lists they follow. */
public final class Feeds implements SiteOutput {
    static final int ENTRIES = 20;

    private final Newsroom newsroom;
    private final SiteIndex index;
    private final NewsPages lists;
    private final Urls urls;
    private final Map<Language, Messages> messages;
    private final SiteConfig config;
    private final String stylesheet;

    /** @param stylesheet the site's fingerprinted stylesheet, which the feeds' page in a browser uses */
    public Feeds(Newsroom newsroom, SiteIndex index, NewsPages lists, Urls urls, Map<Language, Messages> messages, SiteConfig config,
                 String stylesheet) {
        this.stylesheet = stylesheet;
        this.newsroom = newsroom;
        this.index = index;
        this.lists = lists;
        this.urls = urls;
        this.messages = messages;
        this.config = config;
    }

    @Override
    public String name() { return "feeds"; }

    /** One feed: the list it follows, its title and subtitle, its articles (the latest first), its language. */
    private record Feed(String listPath, String title, String subtitle, List<Page> articles, Language lang) {
        List<Page> entries() { return articles.subList(0, Math.min(ENTRIES, articles.size())); }
    }

    /** The feeds, worked out once (files(), shown() and write() each need them). */
    private List<Feed> feeds;

    /** The feeds to write, and each language's stylesheet for a feed opened in a browser. */
    private List<Feed> feeds() {
        if (feeds == null) feeds = plan();
        return feeds;
    }

    private List<Feed> plan() {
        List<Feed> feeds = new ArrayList<>();
        for (Language lang : Language.values()) {
            Messages t = messages.get(lang);
            var newsIndex = index.ofType(lang, PageType.NEWS_INDEX).stream().findFirst();
            if (newsIndex.isEmpty()) continue;
            feeds.add(new Feed(newsIndex.get().path(), t.get("site.name") + " – " + newsIndex.get().title(), newsIndex.get().summary(),
                    newsroom.all(lang), lang));
            Map<String, List<Page>> byPillar = newsroom.byField(lang, "pillars", Term.ids(Pillar.class));
            for (var e : byPillar.entrySet()) {
                var first = lists.firstPage(lang, "pillar", e.getKey());
                var pillar = index.byKey(lang, "pillar-" + e.getKey());
                if (first.isEmpty() || pillar.isEmpty()) continue;
                feeds.add(new Feed(first.get(), t.get("site.name") + " – " + pillar.get().title(), pillar.get().summary(), e.getValue(), lang));
            }
        }
        return feeds;
    }

    /** Every file this output writes: the feeds and their stylesheets. */
    public List<String> files() {
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        for (Feed f : feeds()) {
            files.add(FeedStylesheet.path(f.lang()));
            files.add(f.listPath() + "feed.xml");
        }
        return List.copyOf(files);
    }

    /** The articles the feeds show (their bodies are in them). */
    public List<Page> shown() {
        java.util.Set<Page> shown = new java.util.LinkedHashSet<>();
        for (Feed f : feeds()) shown.addAll(f.entries());
        return List.copyOf(shown);
    }

    @Override
    public void write(Path out) throws IOException {
        java.util.Set<Language> styled = java.util.EnumSet.noneOf(Language.class);
        for (Feed f : feeds()) {
            Messages t = messages.get(f.lang());
            if (styled.add(f.lang())) {
                Path xsl = out.resolve(FeedStylesheet.path(f.lang()));
                Files.createDirectories(xsl.getParent());
                Files.writeString(xsl, FeedStylesheet.write(f.lang(), t, urls.href(stylesheet)), StandardCharsets.UTF_8);
            }
            one(out, f, urls, t);
        }
    }

    private static void one(Path out, Feed feed, Urls urls, Messages t) throws IOException {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Page p : feed.entries()) entries.add(new AtomFeed.Entry(p, urls.absolute(p.path()), absolute(p.bodyHtml(), urls)));
        String listPath = feed.listPath();
        String xml = AtomFeed.write(feed.title(), feed.subtitle(), urls.absolute(listPath + "feed.xml"), urls.absolute(listPath),
                feed.lang().code(), t.get("site.name"), entries, urls.href(FeedStylesheet.path(feed.lang())));
        Path f = out.resolve(listPath + "feed.xml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, xml, StandardCharsets.UTF_8);
    }

    /** Feed readers have no page to resolve "/tin-tuc/…" against: every link and image becomes absolute. */
    static String absolute(String html, Urls urls) {
        // the same latest articles are in every build's feeds (a preview rebuilds them on every save): each body is
        // parsed once for its origin; a pure function of the two, so a remembered answer is never stale
        String key = urls.siteUrl() + "\n" + html;
        String known = ABSOLUTE.get(key);
        if (known != null) return known;
        if (ABSOLUTE.size() >= MEMO_LIMIT) ABSOLUTE.clear();
        String made = absoluteOnce(html, urls);
        ABSOLUTE.put(key, made);
        return made;
    }

    /** More than every feed's entries of both languages (20 each) in one build. */
    private static final int MEMO_LIMIT = 256;
    private static final Map<String, String> ABSOLUTE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String absoluteOnce(String html, Urls urls) {
        URI site = URI.create(urls.siteUrl());
        String origin = site.getScheme() + "://" + site.getRawAuthority() + "/";
        Document doc = Jsoup.parseBodyFragment(html, origin);
        for (Element a : doc.select("a[href]")) a.attr("href", a.absUrl("href"));
        for (Element img : doc.select("img[src]")) img.attr("src", img.absUrl("src"));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

}
