<#-- An indicator's chart as inline SVG, drawn from geometry computed in Java; readable without JavaScript.
     The same figures are always in the table below it. -->
<#macro indicatorChart chart>
<figure class="indicator-chart">
<svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="chart-title chart-desc" class="indicator-chart__svg">
<title id="chart-title">${chart.title}</title>
<desc id="chart-desc">${chart.description}</desc>
<g class="indicator-chart__grid">
<#list chart.yTicks as tick>
<line x1="${chart.plotLeft}" x2="${chart.plotRight}" y1="${tick.at}" y2="${tick.at}"/>
<text x="${chart.plotLeft}" y="${tick.at}" dx="-6" dy="4" text-anchor="end">${tick.label}</text>
</#list>
</g>
<g class="indicator-chart__x">
<#list chart.xTicks as tick>
<text x="${tick.at}" y="${chart.plotBottom}" dy="18" text-anchor="middle">${tick.label}</text>
</#list>
</g>
<#if chart.merger??>
<g class="indicator-chart__merger">
<line x1="${chart.merger.x}" x2="${chart.merger.x}" y1="${chart.plotTop}" y2="${chart.plotBottom}"/>
<text x="${chart.merger.labelX}" y="${chart.plotTop}" dy="-8" text-anchor="${chart.merger.anchor}">${chart.merger.label}</text>
</g>
</#if>
<#list chart.targets as target>
<g class="indicator-chart__target">
<path d="M${target.x} ${target.y} m-6 0 l6 -6 l6 6 l-6 6 z"/>
<text x="${target.x}" y="${target.labelY}" text-anchor="middle">${target.label}</text>
</g>
</#list>
<#if chart.baseline??>
<g class="indicator-chart__baseline"><circle cx="${chart.baseline.x}" cy="${chart.baseline.y}" r="5"/></g>
</#if>
<#list chart.series as s>
<g class="indicator-chart__series indicator-chart__series--${s.cssClass}">
<path d="${s.path}"/>
<#list s.points as p>
<circle cx="${p.x}" cy="${p.y}" r="4"/>
<text x="${p.x}" y="${p.labelY}" text-anchor="middle">${p.label}</text>
</#list>
</g>
</#list>
</svg>
<figcaption class="indicator-chart__legend">
<#list chart.series as s><span class="indicator-chart__key indicator-chart__key--${s.cssClass}">${s.name}</span></#list>
<#if chart.targets?has_content><span class="indicator-chart__key indicator-chart__key--target">${t("chart.legend.target")}</span></#if>
<#if chart.baseline??><span class="indicator-chart__key indicator-chart__key--baseline">${t("chart.legend.baseline")}</span></#if>
</figcaption>
</figure>
</#macro>
