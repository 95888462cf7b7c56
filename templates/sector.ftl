<#-- One of the eight priority sectors, then the indicators that concern it. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<@layout.article>
<@indicatorList.indicatorSection list=view.indicators/>
<@latestNews.latestNews latest=view.latestNews/>
</@layout.article>
