package vn.gialai.cds.pipeline;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.news.NewsPages;
import vn.gialai.cds.news.Newsroom;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 2: the pages of a build: the content shown, the newsroom, and the pages made from data (one per indicator,
 * the news lists), indexed once.
 *
 * @param contentIndex the pages written by editors
 * @param index        every page of the site, generated ones included
 */
public record Composition(SiteIndex contentIndex, Newsroom newsroom, NewsPages newsPages, Map<Language, List<Page>> generated,
                          List<Page> sitePages, SiteIndex index) {

    public static Composition of(SiteConfig config, Map<Language, Messages> messages, List<Indicator> indicators, List<Page> shown,
                                 List<vn.gialai.cds.data.LegalDocument> documents) {
        SiteIndex contentIndex = new SiteIndex(shown);
        Newsroom newsroom = new Newsroom(shown);
        NewsPages newsPages = new NewsPages();
        int perPage = Integer.parseInt(config.get("news.per-page") == null ? "10" : config.get("news.per-page"));
        for (Language lang : Language.values()) {
            newsPages.add(lang, contentIndex.ofType(lang, PageType.NEWS_INDEX).stream().findFirst(), newsroom, messages.get(lang), perPage,
                    byField(contentIndex.ofType(lang, PageType.PILLAR), "pillar"), byField(contentIndex.ofType(lang, PageType.SECTOR), "sector"));
        }
        Map<Language, List<Page>> generated = IndicatorPages.pages(indicators, contentIndex);
        newsPages.pages().forEach(p -> generated.get(p.lang()).add(p));
        DocumentPages.pages(documents, contentIndex, messages).forEach((lang, pages) -> generated.get(lang).addAll(pages));
        List<Page> sitePages = new ArrayList<>(shown);
        generated.values().forEach(sitePages::addAll);
        return new Composition(contentIndex, newsroom, newsPages, generated, sitePages, new SiteIndex(sitePages));
    }

    private static Map<String, Page> byField(List<Page> pages, String field) {
        Map<String, Page> out = new LinkedHashMap<>();
        for (Page p : pages) if (p.field(field) != null) out.put(p.field(field), p);
        return out;
    }
}
