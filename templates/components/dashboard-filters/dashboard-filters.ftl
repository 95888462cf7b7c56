<#-- The progress dashboard's ways in: each pillar (an anchor to its group below) and each sector (a link to its page). -->
<#macro dashboardFilters pillars sectors>
<nav class="dashboard-filters" aria-label="${t("dashboard.filters")}">
<h2 class="dashboard-filters__heading">${t("dashboard.filter-pillars")}</h2>
<ul><#list pillars as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
<h2 class="dashboard-filters__heading">${t("dashboard.filter-sectors")}</h2>
<ul><#list sectors as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
</nav>
</#macro>
