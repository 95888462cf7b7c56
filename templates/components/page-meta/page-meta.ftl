<#-- When the page was last reviewed. -->
<#macro pageMeta>
<#if page.updated?has_content>
<p class="page-meta">${t("page-meta.updated")} <time datetime="${page.updatedIso}">${page.updated}</time></p>
</#if>
</#macro>
