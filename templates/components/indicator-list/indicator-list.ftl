<#-- Indicators in a list: name, latest figure and a target of the same territory (each through the figure component,
     with source, period, territory and confidence), or why there is no target for that territory; status. -->
<#import "/components/progress-status/progress-status.ftl" as ps>
<#import "/components/figure/figure.ftl" as f>
<#macro indicatorList items>
<ul class="indicator-list">
<#list items as i>
<li class="indicator-list__item">
<h3 class="indicator-list__name"><a href="${i.href}">${i.name}</a></h3>
<p class="indicator-list__figures"><span>${t("indicator-list.latest")} <#if i.figure?has_content><@f.figure figure=i.figure/><#else>${t("indicator.no-figure")}</#if></span>
<#if i.target?has_content || i.targetNote?has_content><span>${t("indicator-list.target")} <#if i.target?has_content><@f.figure figure=i.target/><#else>${i.targetNote}</#if></span></#if></p>
<@ps.progressStatus status=i.status/>
</li>
</#list>
</ul>
</#macro>
