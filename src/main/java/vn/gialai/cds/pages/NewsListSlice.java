package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.NewsViews.NewsListView;
import vn.gialai.cds.vocabulary.PageType;

/** A list the build makes from the news: a later page of all news, or a year's, pillar's, sector's or tag's news. */
public final class NewsListSlice implements Slice {
    private final PageContext c;

    NewsListSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.NEWS_LIST; }

    @Override
    public NewsListView view(Page page) { return c.newsViews().list(page); }
}
