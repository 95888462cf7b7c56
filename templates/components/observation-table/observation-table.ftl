<#-- Every published figure of an indicator, as a table: the chart's data, each row a figure (the figure component's row
     variant: period and territory, value, source and confidence, a conflict, a note row). No table when there is none. -->
<#import "/components/figure/figure.ftl" as f>
<#macro observationTable indicator>
<#if indicator.observations?has_content>
<div class="observation-table" role="region" aria-labelledby="figures-caption" tabindex="0">
<table>
<caption id="figures-caption">${t("indicator.table-caption", indicator.name)}</caption>
<thead><tr><th scope="col">${t("indicator.period")}</th><th scope="col">${t("indicator.value")}</th><th scope="col">${t("indicator.source")}</th></tr></thead>
<tbody>
<#list indicator.observations as o>
<@f.figure figure=o.figure variant="row" baseline=o.baseline/>
</#list>
</tbody>
</table>
</div>
<#else>
<p class="observation-table__none">${t("indicator.no-figure")}</p>
</#if>
</#macro>
