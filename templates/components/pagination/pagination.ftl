<#-- Moving through a long list: previous, the page numbers shown (the ends, the current page and its neighbours, a gap for the rest), next. -->
<#macro pagination p>
<#if p.pages?size gt 1>
<nav class="pagination" aria-label="${t("pagination.label")}">
<ul>
<#if p.previousHref?has_content><li><a href="${p.previousHref}" rel="prev">${t("pagination.previous")}</a></li></#if>
<#list p.pages as n>
<#if n.gap><li class="pagination__gap">${n.label}</li><#else><li><#if n.current><span aria-current="page">${n.label}</span><#else><a href="${n.href}">${n.label}</a></#if></li></#if>
</#list>
<#if p.nextHref?has_content><li><a href="${p.nextHref}" rel="next">${t("pagination.next")}</a></li></#if>
</ul>
</nav>
</#if>
</#macro>
