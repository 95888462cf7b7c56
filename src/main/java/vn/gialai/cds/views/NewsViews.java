package vn.gialai.cds.views;

import vn.gialai.cds.views.IndicatorViews.IndicatorSummary;
import vn.gialai.cds.views.Views.LinkView;

import java.util.List;

/** What the news templates show, all text already in the page's language. */
public final class NewsViews {
    /** An article in a list. */
    public record NewsItemView(String title, String href, String date, String dateIso, String summary) {}

    /** A photo in its sizes: width and height are set so the page does not jump while it loads. */
    public record ImageView(String src, String srcset, String sizes, int width, int height, String alt, String credit) {}

    /** The parts of an article page around its text. */
    public record ArticleView(String date, String dateIso, String updated, String updatedIso, String readingTime,
                              List<LinkView> pillars, List<LinkView> sectors, List<LinkView> tags, ImageView image,
                              List<IndicatorSummary> related, NewsItemView newer, NewsItemView older, String newsHref) {}

    /** Previous / next page of a list, and the page numbers shown (views/Pagination: the ends, the current page and its neighbours). */
    public record PaginationView(String previousHref, String nextHref, List<Item> pages) {
        /** A page number (the current one marked), or a gap standing for the pages left out. */
        public record Item(String label, String href, boolean current, boolean gap) {
            static Item gap(String label) { return new Item(label, "", false, true); }
        }
    }

    /** A list of news: which one, its articles, how to move through it, and the other ways in. */
    public record NewsListView(String heading, List<NewsItemView> items, PaginationView pagination, List<LinkView> years,
                               List<LinkView> pillars, List<LinkView> sectors, List<LinkView> tags, String feedHref) {}

    /** The newest articles shown on the home, pillar and sector pages, with the way to all of them. */
    public record LatestNewsView(List<NewsItemView> items, String moreHref, String moreLabel) {}

    private NewsViews() {}
}
