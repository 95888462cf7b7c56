<#-- The indicator's targets: year, goal, the words of the document, territory, sources and confidence. -->
<#macro targetList targets>
<#if targets?has_content>
<ul class="target-list">
<#list targets as tg>
<li class="target-list__item">
<p class="target-list__goal"><strong>${tg.year}: ${tg.target}</strong> · ${tg.territory}</p>
<#if tg.text?has_content><p class="target-list__text">${tg.text}</p></#if>
<p class="target-list__meta">${t("indicator.source")} <#list tg.sources as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list> · ${t("indicator.confidence")} ${tg.confidence}</p>
<#if tg.note?has_content><p class="target-list__meta">${tg.note}</p></#if>
</li>
</#list>
</ul>
<#else>
<p>${t("status.reason.no-targets")}</p>
</#if>
</#macro>
