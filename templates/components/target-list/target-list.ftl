<#-- The indicator's targets: each goal as a figure (year, territory, sources, confidence, with its unit), the words of
     the document, and its note. -->
<#import "/components/figure/figure.ftl" as f>
<#macro targetList targets>
<#if targets?has_content>
<ul class="target-list">
<#list targets as tg>
<li class="target-list__item">
<p class="target-list__goal"><@f.figure figure=tg.figure/></p>
<#if tg.text?has_content><p class="target-list__text">${tg.text}</p></#if>
<#if tg.figure.note?has_content><p class="target-list__meta">${tg.figure.note}</p></#if>
</li>
</#list>
</ul>
<#else>
<p>${t("status.reason.no-targets")}</p>
</#if>
</#macro>
