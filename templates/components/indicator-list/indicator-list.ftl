<#-- Indicators in a list: name, latest figure with its period, target, status. -->
<#import "/components/progress-status/progress-status.ftl" as ps>
<#macro indicatorList items>
<ul class="indicator-list">
<#list items as i>
<li class="indicator-list__item">
<h3 class="indicator-list__name"><a href="${i.href}">${i.name}</a></h3>
<p class="indicator-list__figures"><span>${t("indicator-list.latest")} <strong>${i.latest}</strong><#if i.latestPeriod?has_content> (${i.latestPeriod})</#if></span>
<span>${t("indicator-list.target")} ${i.target}</span></p>
<@ps.progressStatus status=i.status/>
</li>
</#list>
</ul>
</#macro>
