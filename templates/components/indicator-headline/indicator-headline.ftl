<#-- An indicator's latest figure, large, with its period, territory and source; just the value when there is none yet. -->
<#macro indicatorHeadline value period="" territory="" source={}>
<section class="indicator-headline" aria-labelledby="headline-heading">
<h2 id="headline-heading" class="indicator-headline__label">${t("indicator.latest")}</h2>
<p class="indicator-headline__value">${value}</p>
<#if period?has_content><p class="indicator-headline__meta">${period} · ${territory} · ${t("indicator.source")} <a href="${source.href}">${source.label}</a></p></#if>
</section>
</#macro>
