<#-- An indicator's latest figure as an embed page shows it: never without its period, territory, source and
     confidence; then the source line (none when there is no figure at all) and the way back to the indicator's page (out of the frame). -->
<#import "/components/figure/figure.ftl" as f>
<#macro embedFigure name sourceLine pageHref siteName figure={}>
<div class="embed-figure">
<h1 class="embed-figure__name">${name}</h1>
<#if figure?has_content>
<div class="embed-figure__figure"><@f.figure figure=figure variant="full"/></div>
<#else>
<p class="embed-figure__facts">${t("indicator.no-figure")}</p>
</#if>
<#nested>
<#if sourceLine?has_content><p class="embed-figure__source">${sourceLine}</p></#if>
<p class="embed-figure__back"><a href="${pageHref}" target="_top">${t("embed.back", siteName)}</a></p>
</div>
</#macro>
