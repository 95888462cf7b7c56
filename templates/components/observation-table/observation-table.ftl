<#-- Every published figure of an indicator, as a table: the chart's data, with period, territory, source and confidence.
     A figure's note gets a full-width row under it, so the table stays three columns wide on a phone. -->
<#macro observationTable indicator>
<div class="observation-table" role="region" aria-labelledby="figures-caption" tabindex="0">
<table>
<caption id="figures-caption">${t("indicator.table-caption", indicator.name)}</caption>
<thead><tr><th scope="col">${t("indicator.period")}</th><th scope="col">${t("indicator.value")}</th><th scope="col">${t("indicator.source")}</th></tr></thead>
<tbody>
<#list indicator.observations as o>
<tr<#if o.note?has_content> class="observation-table__with-note"</#if>>
<th scope="row">${o.period}<br><span class="observation-table__tag">${o.territory}</span><#if o.baseline><br><span class="observation-table__tag">${t("indicator.baseline")}</span></#if></th>
<td class="observation-table__value">${o.value}</td>
<td><a href="${o.source.href}">${o.source.label}</a> ${o.sourceName}<br><span class="observation-table__tag">${t("indicator.confidence")} ${o.confidence}</span></td>
</tr>
<#if o.note?has_content><tr class="observation-table__note"><td colspan="3">${o.note}</td></tr></#if>
</#list>
</tbody>
</table>
</div>
</#macro>
