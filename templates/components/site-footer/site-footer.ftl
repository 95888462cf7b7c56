<#-- Footer: how figures are sourced, links to sources and documents, contact. -->
<#macro siteFooter links contactEmail="">
<footer class="site-footer">
<div class="page-width">
<p>${t("site-footer.sourcing")}</p>
<nav aria-label="${t("site-footer.label")}">
<ul>
<#list links as link>
<li><a href="${link.href}">${link.label}</a></li>
</#list>
</ul>
</nav>
<#if contactEmail?has_content><p>${t("site-footer.contact")} <a href="mailto:${contactEmail}">${contactEmail}</a></p></#if>
</div>
</footer>
</#macro>
