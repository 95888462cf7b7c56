package vn.gialai.cds.views;

import vn.gialai.cds.vocabulary.Sector;

import vn.gialai.cds.vocabulary.Pillar;

import vn.gialai.cds.vocabulary.Term;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.news.ListPage;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.news.NewsPages;
import vn.gialai.cds.news.Newsroom;
import vn.gialai.cds.news.ReadingTime;
import vn.gialai.cds.views.NewsViews.*;
import vn.gialai.cds.views.Views.LinkView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the newsroom into what news pages and "latest news" boxes show. */
public final class NewsViewFactory {
    public static final int LATEST = 3;

    private final SiteConfig config;
    private final Newsroom newsroom;
    private final NewsPages lists;
    private final SiteIndex index;
    private final Urls urls;
    private final Map<Language, Messages> messages;
    private final Map<String, List<NewsImages.Variant>> images;
    private final IndicatorViewFactory indicators;

    public NewsViewFactory(SiteConfig config, Newsroom newsroom, NewsPages lists, SiteIndex index, Urls urls,
                           Map<Language, Messages> messages, Map<String, List<NewsImages.Variant>> images,
                           IndicatorViewFactory indicators) {
        this.config = config;
        this.newsroom = newsroom;
        this.lists = lists;
        this.index = index;
        this.urls = urls;
        this.messages = messages;
        this.images = images;
        this.indicators = indicators;
    }

    public NewsItemView item(Page p) {
        return new NewsItemView(p.title(), urls.href(p.path()), new Formats(p.lang()).date(p.date()), p.date().toString(), p.summary());
    }

    public ArticleView article(Page p, java.util.function.Function<String, vn.gialai.cds.indicators.Indicator> indicatorById) {
        Language lang = p.lang();
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        String updatedText = p.field("updated");
        LocalDate updated = updatedText == null || updatedText.isBlank() ? null : LocalDate.parse(updatedText);
        List<LinkView> pillars = new ArrayList<>();
        for (String id : p.list("pillars")) {
            index.byKey(lang, "pillar-" + id).ifPresent(pg -> pillars.add(new LinkView(pg.title(),
                    lists.firstPage(lang, "pillar", id).map(urls::href).orElse(urls.href(pg.path())), "")));
        }
        List<LinkView> sectors = new ArrayList<>();
        for (String id : p.list("sectors")) {
            index.byKey(lang, "sector-" + id).ifPresent(pg -> sectors.add(new LinkView(pg.title(),
                    lists.firstPage(lang, "sector", id).map(urls::href).orElse(urls.href(pg.path())), "")));
        }
        List<LinkView> tags = new ArrayList<>();
        for (String tag : p.list("tags")) {
            String slug = vn.gialai.cds.content.Slugs.slugify(tag);
            lists.firstPage(lang, "tag", slug).ifPresent(href -> tags.add(new LinkView(tag, urls.href(href), "")));
        }
        List<IndicatorViews.IndicatorSummary> related = new ArrayList<>();
        for (String id : p.list("indicators")) {
            var ind = indicatorById.apply(id);
            if (ind != null) related.add(indicators.summary(ind, lang));
        }
        return new ArticleView(f.date(p.date()), p.date().toString(),
                updated == null ? "" : f.date(updated), updated == null ? "" : updated.toString(),
                t.get("news.reading-time", ReadingTime.minutes(p.bodyHtml(), lang == Language.VI)),
                pillars, sectors, tags, image(p), related,
                newsroom.newer(p).map(this::item).orElse(null), newsroom.older(p).map(this::item).orElse(null),
                newsIndexHref(lang));
    }

    private ImageView image(Page p) {
        List<NewsImages.Variant> v = images.get(p.path());
        if (v == null || v.isEmpty()) return null;
        NewsImages.Variant main = v.stream().filter(x -> x.width() <= 800).reduce((a, b) -> b).orElse(v.get(0));
        List<String> srcset = new ArrayList<>();
        for (NewsImages.Variant x : v) srcset.add(urls.href(x.path()) + " " + x.width() + "w");
        String credit = p.field("imageCredit") == null ? "" : p.field("imageCredit");
        return new ImageView(urls.href(main.path()), String.join(", ", srcset), "(max-width: 44rem) 100vw, 42rem",
                main.width(), main.height(), p.field("imageAlt"), credit);
    }

    /** The list a news-index or news-list page shows. */
    public NewsListView list(Page page) {
        Language lang = page.lang();
        Messages t = messages.get(lang);
        ListPage lp = lists.list(page.path()).orElseThrow(() -> new IllegalStateException("no news list at " + page.path()));
        List<NewsItemView> items = new ArrayList<>();
        for (String path : lp.articlePaths()) index.byPath(path).ifPresent(a -> items.add(item(a)));
        List<PaginationView.Item> pages = new ArrayList<>();
        for (int n : Pagination.numbersShown(lp.number(), lp.pages())) {
            pages.add(n == Pagination.GAP ? PaginationView.Item.gap(t.get("pagination.gap"))
                    : new PaginationView.Item(String.valueOf(n), urls.href(Addresses.listPage(lang, lp.basePath(), n)), n == lp.number(), false));
        }
        String prev = lp.number() > 1 ? urls.href(Addresses.listPage(lang, lp.basePath(), lp.number() - 1)) : "";
        String next = lp.number() < lp.pages() ? urls.href(Addresses.listPage(lang, lp.basePath(), lp.number() + 1)) : "";
        List<LinkView> years = new ArrayList<>();
        for (Integer y : newsroom.byYear(lang).keySet()) {
            lists.firstPage(lang, "year", String.valueOf(y)).ifPresent(h -> years.add(new LinkView(String.valueOf(y), urls.href(h),
                    lp.kind().equals("year") && lp.key().equals(String.valueOf(y)) ? "page" : "")));
        }
        List<LinkView> pillars = vocabularyLinks(lang, "pillar", Term.ids(Pillar.class), lp);
        List<LinkView> sectors = vocabularyLinks(lang, "sector", Term.ids(Sector.class), lp);
        List<LinkView> tags = new ArrayList<>();
        newsroom.tagNames(lang).forEach((slug, name) -> lists.firstPage(lang, "tag", slug).ifPresent(h ->
                tags.add(new LinkView(name, urls.href(h), lp.kind().equals("tag") && lp.key().equals(slug) ? "page" : ""))));
        String heading = lp.kind().equals("all") ? t.get("news-list.latest") : t.get("news-list.title." + lp.kind(), lp.label());
        return new NewsListView(heading, items, new PaginationView(prev, next, pages), years, pillars, sectors, tags, feedHref(lang));
    }

    private List<LinkView> vocabularyLinks(Language lang, String kind, List<String> ids, ListPage current) {
        List<LinkView> out = new ArrayList<>();
        for (String id : ids) {
            Optional<String> first = lists.firstPage(lang, kind, id);
            Optional<Page> page = index.byKey(lang, kind + "-" + id);
            if (first.isPresent() && page.isPresent()) {
                out.add(new LinkView(page.get().title(), urls.href(first.get()),
                        current.kind().equals(kind) && current.key().equals(id) ? "page" : ""));
            }
        }
        return out;
    }

    /** The latest news of the whole site, for the home page, with the way to all of it. */
    public LatestNewsView latestAll(Language lang) {
        String more = index.ofType(lang, PageType.NEWS_INDEX).stream().findFirst().map(Page::path).orElse("");
        return latest(lang, newsroom.all(lang), more);
    }

    /** The latest news of one pillar or sector (kind "pillar" or "sector", its id), with the way to its list. */
    public LatestNewsView latestOf(Language lang, String kind, String id) {
        List<Page> source = newsroom.byField(lang, kind + "s", List.of(id)).getOrDefault(id, List.of());
        return latest(lang, source, lists.firstPage(lang, kind, id).orElse(""));
    }

    private LatestNewsView latest(Language lang, List<Page> source, String more) {
        List<NewsItemView> items = source.stream().limit(LATEST).map(this::item).toList();
        return new LatestNewsView(items, more.isEmpty() ? "" : urls.href(more), messages.get(lang).get("news.all"));
    }

    public String feedHref(Language lang) {
        return index.ofType(lang, PageType.NEWS_INDEX).stream().findFirst().map(p -> urls.href(p.path() + "feed.xml")).orElse("");
    }

    private String newsIndexHref(Language lang) {
        return index.ofType(lang, PageType.NEWS_INDEX).stream().findFirst().map(p -> urls.href(p.path())).orElse("");
    }
}
