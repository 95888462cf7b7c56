<#-- Pages in a list: title as a link, then the page's summary. -->
<#macro cardList cards compact=false>
<#if cards?has_content>
<ul class="card-list<#if compact> card-list--compact</#if>">
<#list cards as card>
<li class="card-list__item">
<h3 class="card-list__title"><a href="${card.href}">${card.title}</a></h3>
<#if !compact><p>${card.summary}</p></#if>
</li>
</#list>
</ul>
</#if>
</#macro>
