package vn.gialai.cds.news;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list pages the build makes from the news: the news index's later pages, and a list (paginated the same
 * way) per year, pillar, sector and tag. Each is a page of type news-list, rendered like any page made from data
 * (pipeline/Rendering).
 */
public final class NewsPages {
    /** The field of a list's later pages (2, 3…) that holds its first page's address. */
    public static final String FIRST_PAGE = "first-page";

    private final List<Page> pages = new ArrayList<>();
    private final Map<String, ListPage> lists = new HashMap<>();
    private final Map<String, String> firstPages = new HashMap<>();

    /**
     * @param newsIndex the news section's own page (type news-index) of this language, or empty when there is none
     * @param pillarPages / sectorPages the pillar and sector pages by id, for their titles and address words
     */
    public void add(Language lang, Optional<Page> newsIndex, Newsroom newsroom, Messages t, int perPage,
                    Map<String, Page> pillarPages, Map<String, Page> sectorPages) {
        if (newsIndex.isEmpty()) return;
        String base = newsIndex.get().path();
        paginate(lang, "all", "", t.get("news-list.all"), base, newsroom.all(lang), perPage, t, "news", true);
        newsroom.byYear(lang).forEach((year, list) -> paginate(lang, "year", String.valueOf(year), String.valueOf(year),
                Addresses.newsList(lang, base, "year", String.valueOf(year)), list, perPage, t, "news-year-" + year, false));
        newsroom.byField(lang, "pillars", new ArrayList<>(pillarPages.keySet())).forEach((id, list) -> {
            Page p = pillarPages.get(id);
            if (p != null && !list.isEmpty()) paginate(lang, "pillar", id, p.title(), Addresses.newsList(lang, base, "pillar", lastSegment(p)),
                    list, perPage, t, "news-pillar-" + id, false);
        });
        newsroom.byField(lang, "sectors", new ArrayList<>(sectorPages.keySet())).forEach((id, list) -> {
            Page p = sectorPages.get(id);
            if (p != null && !list.isEmpty()) paginate(lang, "sector", id, p.title(), Addresses.newsList(lang, base, "sector", lastSegment(p)),
                    list, perPage, t, "news-sector-" + id, false);
        });
        Map<String, String> names = newsroom.tagNames(lang);
        newsroom.byTag(lang).forEach((slug, list) -> paginate(lang, "tag", slug, names.get(slug), Addresses.newsList(lang, base, "tag", slug),
                list, perPage, t, "news-tag-" + lang.code() + "-" + slug, false));
    }

    private void paginate(Language lang, String kind, String key, String label, String basePath, List<Page> articles, int perPage,
                          Messages t, String translationKey, boolean firstIsContentPage) {
        int total = Math.max(1, (articles.size() + perPage - 1) / perPage);
        firstPages.put(lang.code() + ":" + kind + ":" + key, basePath);
        for (int n = 1; n <= total; n++) {
            List<Page> slice = articles.subList((n - 1) * perPage, Math.min(n * perPage, articles.size()));
            String path = Addresses.listPage(lang, basePath, n);
            lists.put(path, new ListPage(kind, key, label, basePath, n, total, slice.stream().map(Page::path).toList()));
            if (n == 1 && firstIsContentPage) continue; // the news index page is an editor's page, shown with this list
            String title = t.get("news-list.title." + kind, label);
            if (n > 1) title = t.get("news-list.paged", title, n);
            LocalDate date = slice.isEmpty() ? LocalDate.of(2022, 1, 20) : slice.get(0).date();
            pages.add(new Page(lang, "content/" + lang.code() + "/news (" + kind + (key.isEmpty() ? "" : " " + key) + ")",
                    PageType.NEWS_LIST, "published", translationKey + (n > 1 ? "-page-" + n : ""), date, title,
                    t.get("news-list.summary." + kind, label), 0,
                    n == 1 ? Map.of("list", path) : Map.of("list", path, FIRST_PAGE, basePath), path, path + "index.html", ""));
        }
    }

    private static String lastSegment(Page p) {
        String s = p.path().substring(0, p.path().length() - 1);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    public List<Page> pages() { return pages; }
    public Optional<ListPage> list(String path) { return Optional.ofNullable(lists.get(path)); }

    /** The first page of a list (kind pillar/sector/tag/year/all, its key), when it exists. */
    public Optional<String> firstPage(Language lang, String kind, String key) {
        return Optional.ofNullable(firstPages.get(lang.code() + ":" + kind + ":" + key));
    }
}
