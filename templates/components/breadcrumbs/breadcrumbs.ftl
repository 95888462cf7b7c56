<#-- Where the page sits: home, its section, the page itself (not a link). -->
<#macro breadcrumbs items homeHref>
<#if items?has_content>
<nav class="breadcrumbs" aria-label="${t("breadcrumbs.label")}">
<ol>
<li><a href="${homeHref}">${t("breadcrumbs.home")}</a></li>
<#list items as item>
<#if item.current><li aria-current="page">${item.label}</li><#else><li><a href="${item.href}">${item.label}</a></li></#if>
</#list>
</ol>
</nav>
</#if>
</#macro>
