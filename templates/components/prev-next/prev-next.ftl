<#-- The newer and the older article. -->
<#macro prevNext a>
<#if a.newer?? || a.older??>
<nav class="prev-next" aria-label="${t("prev-next.label")}">
<ul>
<#if a.newer??><li class="prev-next__newer">${t("prev-next.newer")} <a href="${a.newer.href}" rel="prev">${a.newer.title}</a></li></#if>
<#if a.older??><li class="prev-next__older">${t("prev-next.older")} <a href="${a.older.href}" rel="next">${a.older.title}</a></li></#if>
</ul>
</nav>
</#if>
</#macro>
