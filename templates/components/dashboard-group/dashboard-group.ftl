<#-- One pillar's block on the progress dashboard: its name, its status counts, its indicators (the province's,
     then the national ones it is compared with). The section's id is the anchor the dashboard filters link to. -->
<#import "/components/status-summary/status-summary.ftl" as summary>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#macro dashboardGroup group>
<section class="dashboard-group" id="${group.id}" aria-labelledby="group-${group.id}">
<h2 id="group-${group.id}">${group.title}</h2>
<@summary.statusSummary counts=group.counts/>
<#if group.province?has_content><@indicatorList.indicatorList items=group.province/></#if>
<#if group.national?has_content>
<h3>${t("dashboard.national")}</h3>
<@indicatorList.indicatorList items=group.national/>
</#if>
</section>
</#macro>
