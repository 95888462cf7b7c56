<#-- The progress dashboard: every indicator grouped by pillar, with filters that work without JavaScript. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/page-meta/page-meta.ftl" as pageMeta>
<#import "/components/status-summary/status-summary.ftl" as summary>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#import "/components/download-links/download-links.ftl" as downloadLinks>
<#assign d = page.dashboard>
<@base.layout>
<h1>${page.title}</h1>
<@prose.prose html=page.bodyHtml/>
<nav class="dashboard-filters" aria-label="${t("dashboard.filters")}">
<h2 class="dashboard-filters__heading">${t("dashboard.filter-pillars")}</h2>
<ul><#list d.pillarFilters as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
<h2 class="dashboard-filters__heading">${t("dashboard.filter-sectors")}</h2>
<ul><#list d.sectorFilters as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
</nav>
<h2>${t("dashboard.summary")}</h2>
<@summary.statusSummary counts=d.counts/>
<@downloadLinks.downloadLinks csv=d.csvHref json=d.jsonHref/>
<#list d.groups as g>
<section class="dashboard-group" id="${g.id}" aria-labelledby="group-${g.id}">
<h2 id="group-${g.id}">${g.title}</h2>
<@summary.statusSummary counts=g.counts/>
<#if g.province?has_content><@indicatorList.indicatorList items=g.province/></#if>
<#if g.national?has_content>
<h3>${t("dashboard.national")}</h3>
<@indicatorList.indicatorList items=g.national/>
</#if>
</section>
</#list>
<@pageMeta.pageMeta updated=page.updated updatedIso=page.updatedIso/>
</@base.layout>
