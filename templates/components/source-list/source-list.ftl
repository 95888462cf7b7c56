<#-- Every source a figure on the site can cite, with the anchor `source:ID` links point to. -->
<#macro sourceList sources>
<section class="source-list" aria-labelledby="sources-heading">
<h2 id="sources-heading">${t("sources.heading")}</h2>
<ol>
<#list sources as s>
<li id="${s.anchor}">
<strong class="source-list__name">${s.name}</strong>, ${s.date}:
<a href="${s.url}"<#if s.titleLang?has_content> lang="${s.titleLang}"</#if>>${s.title}</a>.
<#if s.publisher?has_content>${s.publisher}.</#if>
<#if s.note?has_content><br><span class="source-list__note">${t("sources.note")} ${s.note}</span></#if>
<br><span class="source-list__id">${t("sources.id")} ${s.id}</span>
</li>
</#list>
</ol>
</section>
</#macro>
