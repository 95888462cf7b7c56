<#-- A pillar: digital government, digital economy or digital society, then its indicators with their status. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<@layout.article>
<@indicatorSection.indicatorSection list=view.indicators/>
<@latestNews.latestNews latest=view.latestNews/>
</@layout.article>
