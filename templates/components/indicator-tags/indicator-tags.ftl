<#-- Where an indicator belongs and what it counts in: its pillar, the sectors it concerns, its unit. -->
<#macro indicatorTags pillar unit sectors=[] pillarLead="">
<p class="indicator-tags"><#if pillarLead?has_content>${pillarLead}<#else>${t("indicator.pillar")}</#if> <a href="${pillar.href}">${pillar.label}</a><#if sectors?has_content> · ${t("indicator.sectors")} <#list sectors as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list></#if> · ${t("indicator.unit")} ${unit}</p>
</#macro>
