<#-- Other ways into the news: by year, pillar, sector and tag; plus the feed. -->
<#macro newsFilters list>
<nav class="news-filters" aria-label="${t("news-filters.label")}">
<#if list.years?has_content><h2 class="news-filters__heading">${t("news-filters.years")}</h2>
<ul><#list list.years as l><li><a href="${l.href}"<#if l.current> aria-current="page"</#if>>${l.label}</a></li></#list></ul></#if>
<#if list.pillars?has_content><h2 class="news-filters__heading">${t("news-filters.pillars")}</h2>
<ul><#list list.pillars as l><li><a href="${l.href}"<#if l.current> aria-current="page"</#if>>${l.label}</a></li></#list></ul></#if>
<#if list.sectors?has_content><h2 class="news-filters__heading">${t("news-filters.sectors")}</h2>
<ul><#list list.sectors as l><li><a href="${l.href}"<#if l.current> aria-current="page"</#if>>${l.label}</a></li></#list></ul></#if>
<#if list.tags?has_content><h2 class="news-filters__heading">${t("news-filters.tags")}</h2>
<ul><#list list.tags as l><li><a href="${l.href}"<#if l.current> aria-current="page"</#if>>${l.label}</a></li></#list></ul></#if>
<#if list.feedHref?has_content><p class="news-filters__feed"><a href="${list.feedHref}">${t("news-filters.feed")}</a></p></#if>
</nav>
</#macro>
