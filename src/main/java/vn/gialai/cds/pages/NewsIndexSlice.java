package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.NewsViews.NewsListView;
import vn.gialai.cds.vocabulary.PageType;

/** The news section's front page: the editor's introduction, then the first page of all news. */
public final class NewsIndexSlice implements Slice {
    private final PageContext c;

    NewsIndexSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.NEWS_INDEX; }

    @Override
    public NewsListView view(Page page) { return c.newsViews().list(page); }
}
