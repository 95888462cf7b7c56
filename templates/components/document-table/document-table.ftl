<#-- The documents list: one entry per legal or planning text, its title a link to its own page, with its form, number,
     dates, issuing body and status. -->
<#macro documentTable documents>
<ol class="document-table">
<#list documents as doc>
<li class="document-table__item" id="doc-${doc.id}">
<h2 class="document-table__title"><a href="${doc.href}">${doc.title}</a></h2>
<dl>
<dt>${t("documents.form")}</dt><dd>${doc.form}</dd>
<dt>${t("documents.number")}</dt><dd>${doc.number}</dd>
<dt>${t("documents.date")}</dt><dd>${doc.date}</dd>
<dt>${t("documents.issuer")}</dt><dd>${doc.issuer}</dd>
<dt>${t("documents.status")}</dt><dd class="document-table__status document-table__status--${doc.statusId}">${doc.status}</dd>
<dt>${t("documents.territory")}</dt><dd>${doc.territory}</dd>
<dt>${t("documents.sources")}</dt><dd><#list doc.sources as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list></dd>
</dl>
<p>${doc.summary}</p>
</li>
</#list>
</ol>
</#macro>
