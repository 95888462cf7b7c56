<#-- The news section's front page: the editor's introduction, then the newest articles and the ways into the rest. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/news-list/news-list.ftl" as newsList>
<#import "/components/pagination/pagination.ftl" as pagination>
<#import "/components/news-filters/news-filters.ftl" as newsFilters>
<#assign l = view>
<@base.layout>
<h1>${page.title}</h1>
<@prose.prose html=page.bodyHtml/>
<h2>${l.heading}</h2>
<@newsList.newsList items=l.items/>
<@pagination.pagination p=l.pagination/>
<@newsFilters.newsFilters list=l/>
</@base.layout>
