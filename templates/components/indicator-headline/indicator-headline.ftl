<#-- An indicator's latest figure, large, with its period, territory, source, confidence and any conflicting source
     (the figure component's full variant); just the words saying so when there is none yet. -->
<#import "/components/figure/figure.ftl" as f>
<#macro indicatorHeadline figure={}>
<section class="indicator-headline" aria-labelledby="headline-heading">
<h2 id="headline-heading" class="indicator-headline__label">${t("indicator.latest")}</h2>
<#if figure?has_content><@f.figure figure=figure variant="full"/><#else><p class="indicator-headline__value">${t("indicator.no-figure")}</p></#if>
</section>
</#macro>
