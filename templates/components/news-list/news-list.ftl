<#-- News in a list: date, title as a link, summary. -->
<#macro newsList items level=3>
<ul class="news-list">
<#list items as n>
<li class="news-list__item">
<p class="news-list__date"><time datetime="${n.dateIso}">${n.date}</time></p>
<h${level} class="news-list__title"><a href="${n.href}">${n.title}</a></h${level}>
<p class="news-list__summary">${n.summary}</p>
</li>
</#list>
</ul>
</#macro>
