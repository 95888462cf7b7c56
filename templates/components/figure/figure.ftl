<#-- A figure, never a bare number: its value (and unit), period, territory, source and confidence, and the other
     sources' figures when they disagree. The only template that prints a figure (the build refuses any other:
     checks/TemplateFigureRule). variant: "compact" (inline, for cards, lists and targets), "full" (a block, for the
     headline), "row" (a table row of observation-table, with its note row; baseline marks the baseline). Each figure's
     root carries data-figure and its four provenance attributes, which the build's provenance report counts. -->
<#macro figure figure variant="compact" baseline=false>
<#local attrs>data-figure="${figure.kind}" data-source="<#list figure.sources as s>${s.id}<#sep> </#sep></#list>" data-period="${figure.periodId}" data-territory="${figure.territoryId}" data-confidence="${figure.confidenceId}"</#local>
<#if variant == "full">
<div class="figure figure--full figure--${figure.kind}" ${attrs?no_esc}>
<p class="figure__value">${figure.value}<#if figure.unit?has_content> <span class="figure__unit">${figure.unit}</span></#if></p>
<p class="figure__meta">${figure.period} · ${figure.territory}</p>
<p class="figure__meta">${t("figure.source")} <#list figure.sources as s><a href="${s.href}">${s.name}</a><#sep>; </#sep></#list></p>
<p class="figure__meta">${t("figure.confidence")} <span class="figure__confidence figure__confidence--${figure.confidenceId}"><span class="figure__mark" aria-hidden="true">${figure.confidenceMark}</span> ${figure.confidence}</span></p>
<#if figure.note?has_content><p class="figure__note">${figure.note}</p></#if>
<#if figure.conflicts?has_content>
<div class="figure__conflicts"><p class="figure__conflict-heading">${t("figure.conflict-heading")}</p>
<ul><#list figure.conflicts as c><li><@.namespace.figure figure=c variant="compact"/></li></#list></ul></div>
</#if>
</div>
<#elseif variant == "row">
<tr class="figure figure--row<#if figure.note?has_content> figure--with-note</#if>" ${attrs?no_esc}>
<th scope="row">${figure.period}<br><span class="figure__tag">${figure.territory}</span><#if baseline><br><span class="figure__tag">${t("indicator.baseline")}</span></#if></th>
<td class="figure__value">${figure.value}<#if figure.unit?has_content> <span class="figure__unit">${figure.unit}</span></#if></td>
<td><#list figure.sources as s><a href="${s.href}">${s.shortName}</a><#sep>; </#sep></#list><br><span class="figure__tag">${t("figure.confidence")} <span class="figure__confidence figure__confidence--${figure.confidenceId}"><span class="figure__mark" aria-hidden="true">${figure.confidenceMark}</span> ${figure.confidence}</span></span><#list figure.conflicts as c><br><span class="figure__conflict">${t("figure.conflict")} ${c.value}<#if c.unit?has_content> ${c.unit}</#if> (<#list c.sources as s>${s.shortName}<#sep>, </#sep></#list>)</span></#list></td>
</tr>
<#if figure.note?has_content><tr class="figure__note-row"><td colspan="3">${figure.note}</td></tr></#if>
<#else>
<span class="figure figure--compact figure--${figure.kind}" ${attrs?no_esc}><strong class="figure__value">${figure.value}</strong><#if figure.unit?has_content> <span class="figure__unit">${figure.unit}</span></#if> <span class="figure__meta">(${figure.period} · ${figure.territory} · <#list figure.sources as s><a href="${s.href}">${s.shortName}</a><#sep>, </#sep></#list> · <span class="figure__confidence figure__confidence--${figure.confidenceId}" title="${t("figure.confidence")} ${figure.confidence}"><span class="figure__mark" aria-hidden="true">${figure.confidenceMark}</span><span class="visually-hidden">${t("figure.confidence")} ${figure.confidence}</span></span>)</span><#list figure.conflicts as c> <span class="figure__conflict">${t("figure.conflict")} <@.namespace.figure figure=c variant="compact"/></span></#list></span>
</#if>
</#macro>
