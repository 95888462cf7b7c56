<#-- Every source a figure on the site can cite, with the anchor `source:ID` links point to. -->
<#macro sourceList sources lang>
<section class="source-list" aria-labelledby="sources-heading">
<h2 id="sources-heading">${t("sources.heading")}</h2>
<ol>
<#list sources as s>
<li id="${s.anchor}">
<span class="source-list__id">${s.id}</span>
<a href="${s.url}">${s.title}</a>.
${s.publisher}, ${s.date}.
<#if s.note?has_content><br><span class="source-list__note"<#if lang != "en"> lang="en"</#if>>${t("sources.note")} ${s.note}</span></#if>
</li>
</#list>
</ol>
</section>
</#macro>
