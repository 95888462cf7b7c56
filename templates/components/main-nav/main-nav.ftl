<#-- The main menu: the site's sections; the one the page is in is marked. -->
<#macro mainNav items>
<nav id="main-nav" class="main-nav" aria-label="${t("main-nav.label")}">
<ul class="page-width">
<#list items as item>
<li><a href="${item.href}"<#if item.current> aria-current="${item.ariaCurrent}"</#if>>${item.label}</a></li>
</#list>
</ul>
</nav>
</#macro>
