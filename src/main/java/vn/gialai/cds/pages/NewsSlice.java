package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.NewsViews.ArticleView;
import vn.gialai.cds.vocabulary.PageType;

import java.util.List;

/** A news article: its dates, photo, text, pillars, sectors and tags, related indicators, the next articles. */
public final class NewsSlice implements Slice {
    private final PageContext c;

    NewsSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.NEWS; }

    @Override
    public ArticleView view(Page page) { return c.newsViews().article(page, c.indicators()::get); }

    @Override public boolean isArticle() { return true; }

    @Override
    public List<String> structuredData(Page page) { return List.of(c.social().newsArticle(page)); }
}
