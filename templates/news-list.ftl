<#-- A list of news made by the build: a later page of all news, or the news of a year, pillar, sector or tag. -->
<#import "layouts/base.ftl" as base>
<#import "/components/news-list/news-list.ftl" as newsList>
<#import "/components/pagination/pagination.ftl" as pagination>
<#import "/components/news-filters/news-filters.ftl" as newsFilters>
<#assign l = view>
<@base.layout>
<h1>${page.title}</h1>
<@newsList.newsList items=l.items level=2/>
<@pagination.pagination p=l.pagination/>
<@newsFilters.newsFilters list=l/>
</@base.layout>
