<#-- The search page. With JavaScript: results as the visitor types. Without it: how to search, and the main sections. -->
<#import "layouts/base.ftl" as base>
<#import "/components/search-results/search-results.ftl" as searchResults>
<@base.layout>
<h1>${page.title}</h1>
<@searchResults.searchResults search=view helpHtml=page.bodyHtml scriptHref=site.searchScriptHref/>
</@base.layout>
