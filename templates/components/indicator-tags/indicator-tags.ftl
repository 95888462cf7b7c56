<#-- Where an indicator belongs and what it counts in: its pillar, the sectors it concerns, its unit. -->
<#macro indicatorTags pillar unit sectors=[]>
<p class="indicator-tags">${t("indicator.pillar")} <a href="${pillar.href}">${pillar.label}</a><#if sectors?has_content> · ${t("indicator.sectors")} <#list sectors as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list></#if> · ${t("indicator.unit")} ${unit}</p>
</#macro>
