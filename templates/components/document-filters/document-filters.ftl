<#-- The documents library's filters, by form, issuing body and year: links to pages the build made, so no JavaScript is needed. -->
<#macro documentFilters filters allHref="" count="">
<nav class="document-filters" aria-labelledby="document-filters-heading">
<h2 id="document-filters-heading" class="document-filters__heading">${t("documents.filters")}</h2>
<#if allHref?has_content><p class="document-filters__all"><a href="${allHref}">${t("documents.all")}</a></p></#if>
<#list filters as group>
<div class="document-filters__group document-filters__group--${group.kind}">
<h3 class="document-filters__group-heading">${group.heading}</h3>
<ul class="document-filters__list">
<#list group.links as link>
<li><#if link.current><a href="${link.href}" aria-current="page" class="document-filters__current">${link.label}</a><#else><a href="${link.href}">${link.label}</a></#if></li>
</#list>
</ul>
</div>
</#list>
<#if count?has_content><p class="document-filters__count" role="status">${count}</p></#if>
</nav>
</#macro>
