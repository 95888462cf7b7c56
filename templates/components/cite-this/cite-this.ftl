<#-- How to reuse an indicator's figures: the citation to copy, the chart as images with their source line drawn in,
     and the embed page for an iframe. -->
<#macro citeThis citation embedHref svgHref pngHref embedCode="">
<div class="cite-this">
<p class="cite-this__line"><strong>${t("cite.heading")}</strong> <span class="cite-this__text">${citation}</span></p>
<ul class="cite-this__links">
<#if svgHref?has_content>
<li><a href="${svgHref}" download>${t("cite.svg")}</a></li>
<li><a href="${pngHref}" download>${t("cite.png")}</a></li>
</#if>
<li><a href="${embedHref}">${t("cite.embed")}</a></li>
</ul>
<#if embedCode?has_content><p class="cite-this__code-label">${t("cite.embed-code")}</p>
<pre class="cite-this__code"><code>${embedCode}</code></pre></#if>
</div>
</#macro>
