<#-- The progress dashboard: every indicator grouped by pillar, with filters that work without JavaScript. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/page-meta/page-meta.ftl" as pageMeta>
<#import "/components/status-summary/status-summary.ftl" as summary>
<#import "/components/download-links/download-links.ftl" as downloadLinks>
<#import "/components/dashboard-filters/dashboard-filters.ftl" as dashboardFilters>
<#import "/components/dashboard-group/dashboard-group.ftl" as dashboardGroup>
<#import "/components/figure-key/figure-key.ftl" as figureKey>
<#assign d = view>
<@base.layout>
<h1>${page.title}</h1>
<@prose.prose html=page.bodyHtml/>
<@dashboardFilters.dashboardFilters pillars=d.pillarFilters sectors=d.sectorFilters/>
<h2>${t("dashboard.summary")}</h2>
<@summary.statusSummary counts=d.counts/>
<@downloadLinks.downloadLinks csv=d.csvHref json=d.jsonHref/>
<@figureKey.figureKey key=d.confidenceKey/>
<#list d.groups as g>
<@dashboardGroup.dashboardGroup group=g/>
</#list>
<@pageMeta.pageMeta updated=page.updated updatedIso=page.updatedIso/>
</@base.layout>
