<#-- An article's date, its update, reading time, and the pillars, sectors and tags it belongs to. -->
<#macro articleMeta a>
<div class="article-meta">
<p><time datetime="${a.dateIso}">${a.date}</time><#if a.updated?has_content> · ${t("news.updated")} <time datetime="${a.updatedIso}">${a.updated}</time></#if> · ${a.readingTime}</p>
<#if a.pillars?has_content><p>${t("news.pillars")} <#list a.pillars as l><a href="${l.href}">${l.label}</a><#sep>, </#sep></#list></p></#if>
<#if a.sectors?has_content><p>${t("news.sectors")} <#list a.sectors as l><a href="${l.href}">${l.label}</a><#sep>, </#sep></#list></p></#if>
<#if a.tags?has_content><p>${t("news.tags")} <#list a.tags as l><a href="${l.href}">${l.label}</a><#sep>, </#sep></#list></p></#if>
</div>
</#macro>
