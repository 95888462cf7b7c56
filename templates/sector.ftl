<#-- One of the eight priority sectors, then the indicators that concern it. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<@layout.article>
<@indicatorSection.indicatorSection list=view.indicators/>
<@latestNews.latestNews latest=view.latestNews/>
</@layout.article>
