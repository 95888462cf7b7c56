<#-- An indicator's chart as inline SVG, drawn from geometry and label places computed in Java (charts/LineChart);
     readable without JavaScript. One layout per width in rem; the stylesheet shows the one that fits. The figures
     are in words for screen readers, and always in the table below. -->
<#macro indicatorChart chart>
<figure class="indicator-chart">
<p class="visually-hidden">${chart.title}. ${chart.description}</p>
<#list chart.layouts as layout>
<div class="indicator-chart__layout indicator-chart__layout--${layout.size}">
<#list layout.panels as panel>
<p class="indicator-chart__axis">${panel.caption}</p>
<svg viewBox="0 0 ${panel.width?c} ${panel.height?c}" class="indicator-chart__svg" aria-hidden="true" focusable="false">
<g class="indicator-chart__grid">
<#list panel.gridYs as gy><line x1="${panel.plotLeft}" x2="${panel.plotRight}" y1="${gy}" y2="${gy}"/>
</#list>
</g>
<#if panel.mergerX??><line class="indicator-chart__merger" x1="${panel.mergerX}" x2="${panel.mergerX}" y1="${panel.plotTop}" y2="${panel.plotBottom}"/></#if>
<#list panel.targets as target><path class="indicator-chart__target" d="M${target.x} ${target.y} m-6 0 l6 -6 l6 6 l-6 6 z"/>
</#list>
<#if panel.baseline??><circle class="indicator-chart__baseline" cx="${panel.baseline.x}" cy="${panel.baseline.y}" r="5"/></#if>
<#list panel.series as s>
<g class="indicator-chart__series indicator-chart__series--${s.cssClass}">
<path d="${s.path}"/>
<#list s.points as p><circle cx="${p.x}" cy="${p.y}" r="4"/>
</#list>
</g>
</#list>
<#list panel.labels as l><text class="indicator-chart__label indicator-chart__label--${l.cssClass}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${l.text}</text>
</#list>
</svg>
</#list>
<#if layout.moved?has_content>
<p class="indicator-chart__moved">${t("chart.moved")}</p>
<ul class="indicator-chart__moved-list"><#list layout.moved as m><li>${m}</li></#list></ul>
</#if>
</div>
</#list>
<figcaption class="indicator-chart__legend">
<#list chart.legend as key><span class="indicator-chart__key indicator-chart__key--${key.cssClass}">${key.label}</span></#list>
</figcaption>
</figure>
</#macro>
