package vn.gialai.cds.views;

import vn.gialai.cds.views.Views.Alternate;
import vn.gialai.cds.views.Views.CardView;
import vn.gialai.cds.views.Views.DocumentView;
import vn.gialai.cds.views.Views.LanguageSwitcher;
import vn.gialai.cds.views.Views.LinkView;
import vn.gialai.cds.views.Views.SourceView;

import java.util.List;

/** Everything a page template shows, computed in Java. */
public record PageView(
        String lang,
        String type,
        String title,
        String summary,
        String bodyHtml,
        String href,
        String canonical,
        String updated,
        String updatedIso,
        List<LinkView> breadcrumbs,
        List<Alternate> alternates,
        LanguageSwitcher languageSwitcher,
        List<CardView> children,
        List<CardView> pillars,
        List<CardView> sectors,
        List<CardView> further,
        List<DocumentView> documents,
        List<SourceView> sources,
        IndicatorViews.IndicatorView indicator,
        IndicatorViews.DashboardView dashboard,
        IndicatorViews.IndicatorListView indicators,
        NewsViews.ArticleView article,
        NewsViews.NewsListView newsList,
        NewsViews.LatestNewsView latestNews,
        String previewNotice,
        Views.SearchView search,
        vn.gialai.cds.sharing.SocialView social) {}
