<#-- When the page was last reviewed. -->
<#macro pageMeta updated="" updatedIso="">
<#if updated?has_content>
<p class="page-meta">${t("page-meta.updated")} <time datetime="${updatedIso}">${updated}</time></p>
</#if>
</#macro>
