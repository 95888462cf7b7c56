<#-- What the compact confidence marks beside the figures mean (● quoted, ◐ inferred, ○ secondary), once above a list. -->
<#macro figureKey key>
<#if key?has_content>
<p class="figure-key">${t("figure.key")} <#list key as k><span class="figure-key__item figure__confidence--${k.id}"><span class="figure__mark" aria-hidden="true">${k.mark}</span> ${k.label}</span><#sep> · </#sep></#list></p>
</#if>
</#macro>
