<#-- The documents list: one entry per legal or planning text, newest last, each with its sources. -->
<#macro documentTable documents>
<ol class="document-table">
<#list documents as doc>
<li class="document-table__item" id="doc-${doc.id}">
<h2 class="document-table__title">${doc.title}</h2>
<dl>
<dt>${t("documents.number")}</dt><dd>${doc.number}</dd>
<dt>${t("documents.date")}</dt><dd>${doc.date}</dd>
<dt>${t("documents.issuer")}</dt><dd>${doc.issuer}</dd>
<dt>${t("documents.territory")}</dt><dd>${doc.territory}</dd>
<dt>${t("documents.sources")}</dt><dd><#list doc.sources as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list></dd>
</dl>
<p>${doc.description}</p>
</li>
</#list>
</ol>
</#macro>
