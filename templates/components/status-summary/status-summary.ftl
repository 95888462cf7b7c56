<#-- How many indicators have each status: the roll-up Open SDG users ask for, per pillar and per sector. -->
<#import "/components/progress-status/progress-status.ftl" as ps>
<#macro statusSummary counts>
<#if counts?has_content>
<ul class="status-summary" aria-label="${t("status-summary.label")}">
<#list counts as c>
<li class="status-summary__item progress-status--${c.id}"><span aria-hidden="true">${c.icon}</span> ${c.label}: <strong>${c.count}</strong></li>
</#list>
</ul>
</#if>
</#macro>
