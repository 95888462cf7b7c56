<#-- Indicators in a list: name, latest figure with its period, target, status. -->
<#import "/components/progress-status/progress-status.ftl" as ps>
<#macro indicatorList items>
<ul class="indicator-list">
<#list items as i>
<li class="indicator-list__item">
<h3 class="indicator-list__name"><a href="${i.href}">${i.name}</a></h3>
<p class="indicator-list__figures"><span>${t("indicator-list.latest")} <strong>${i.latest}</strong><#if i.latestPeriod?has_content> (${i.latestPeriod})</#if></span>
<span>${t("indicator-list.target")} ${i.target}</span></p>
<@ps.progressStatus status=i.status/>
</li>
</#list>
</ul>
</#macro>

<#-- The indicators of a pillar or sector page, with their status counts. -->
<#import "/components/status-summary/status-summary.ftl" as summary>
<#macro indicatorSection list headingKey="indicator-list.heading">
<section class="indicator-section" id="indicators" aria-labelledby="indicators-heading">
<h2 id="indicators-heading">${t(headingKey)}</h2>
<#if list.province?has_content || list.national?has_content>
<@summary.statusSummary counts=list.counts/>
<#if list.province?has_content><@indicatorList items=list.province/></#if>
<#if list.national?has_content>
<h3>${t("dashboard.national")}</h3>
<@indicatorList items=list.national/>
</#if>
<#else>
<p>${t("indicator-list.none")}</p>
</#if>
<#if list.dashboardHref?has_content><p><a href="${list.dashboardHref}">${t("indicator-list.dashboard-link")}</a></p></#if>
</section>
</#macro>
