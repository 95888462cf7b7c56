<#-- The indicators of a page (home, pillar, sector), with their status counts and the way to the dashboard. -->
<#import "/components/status-summary/status-summary.ftl" as summary>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#import "/components/figure-key/figure-key.ftl" as figureKey>
<#macro indicatorSection list headingKey="indicator-list.heading">
<section class="indicator-section" id="indicators" aria-labelledby="indicators-heading">
<h2 id="indicators-heading">${t(headingKey)}</h2>
<#if list.province?has_content || list.national?has_content>
<@summary.statusSummary counts=list.counts/>
<@figureKey.figureKey key=list.confidenceKey/>
<#if list.province?has_content><@indicatorList.indicatorList items=list.province/></#if>
<#if list.national?has_content>
<h3>${t("dashboard.national")}</h3>
<@indicatorList.indicatorList items=list.national/>
</#if>
<#else>
<p>${t("indicator-list.none")}</p>
</#if>
<#if list.dashboardHref?has_content><p><a href="${list.dashboardHref}">${t("indicator-list.dashboard-link")}</a></p></#if>
</section>
</#macro>
