<#-- A pillar: digital government, digital economy or digital society, then its indicators with their status. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<@layout.article>
<@indicatorList.indicatorSection list=view.indicators/>
<@latestNews.latestNews latest=view.latestNews/>
</@layout.article>
