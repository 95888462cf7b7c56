<#-- One indicator: what it is, the latest figure, its status and why, chart, table, targets, sources, downloads. -->
<#import "layouts/base.ftl" as base>
<#import "/components/page-meta/page-meta.ftl" as pageMeta>
<#import "/components/progress-status/progress-status.ftl" as ps>
<#import "/components/indicator-chart/indicator-chart.ftl" as indicatorChart>
<#import "/components/observation-table/observation-table.ftl" as observationTable>
<#import "/components/target-list/target-list.ftl" as targetList>
<#import "/components/download-links/download-links.ftl" as downloadLinks>
<#import "/components/indicator-lead/indicator-lead.ftl" as indicatorLead>
<#import "/components/indicator-tags/indicator-tags.ftl" as indicatorTags>
<#import "/components/indicator-headline/indicator-headline.ftl" as indicatorHeadline>
<#import "/components/cite-this/cite-this.ftl" as citeThis>
<#assign i = view>
<@base.layout>
<h1>${i.name}</h1>
<@indicatorLead.indicatorLead text=i.explanation/>
<@indicatorTags.indicatorTags pillar=i.pillar pillarLead=i.pillarLead sectors=i.sectors unit=i.unit/>

<@indicatorHeadline.indicatorHeadline figure=(i.figure)!{}/>

<section aria-labelledby="status-heading">
<h2 id="status-heading">${t("indicator.status-heading")}</h2>
<@ps.progressStatus status=i.status withReason=true/>
<#if i.methodologyHref?has_content><p><a href="${i.methodologyHref}">${t("indicator.methodology-link")}</a></p></#if>
</section>

<section aria-labelledby="figures-heading">
<h2 id="figures-heading">${t("indicator.figures-heading")}</h2>
<#if i.chart??><@indicatorChart.indicatorChart chart=i.chart/></#if>
<@observationTable.observationTable indicator=i/>
</section>

<section aria-labelledby="targets-heading">
<h2 id="targets-heading">${t("indicator.targets-heading")}</h2>
<@targetList.targetList targets=i.targets/>
</section>

<#if i.notes?has_content>
<section aria-labelledby="notes-heading">
<h2 id="notes-heading">${t("indicator.notes-heading")}</h2>
<ul class="indicator-notes"><#list i.notes as n><li>${n}</li></#list></ul>
</section>
</#if>

<section aria-labelledby="downloads-heading">
<h2 id="downloads-heading">${t("indicator.downloads-heading")}</h2>
<@downloadLinks.downloadLinks csv=i.csvHref json=i.jsonHref/>
<@citeThis.citeThis citation=i.reuse.citation embedHref=i.reuse.embedHref svgHref=i.reuse.svgHref pngHref=i.reuse.pngHref embedCode=i.reuse.embedCode/>
</section>
<@pageMeta.pageMeta updated=page.updated updatedIso=page.updatedIso/>
</@base.layout>
