<#-- The search page. With JavaScript: results as the visitor types. Without it: how to search, and the main sections. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/search-results/search-results.ftl" as searchResults>
<@base.layout>
<h1>${page.title}</h1>
<@searchResults.searchResults search=view/>
<div class="search-help">
<@prose.prose html=page.bodyHtml/>
<h2>${t("search.sections")}</h2>
<ul><#list view.sections as s><li><a href="${s.href}">${s.label}</a></li></#list></ul>
</div>
<script src="${site.searchScriptHref}" defer></script>
</@base.layout>
