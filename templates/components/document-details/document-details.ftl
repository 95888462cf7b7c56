<#-- One document's page: every field Decree 42/2022/NĐ-CP lists, its official text or the link to the official copy, its sources. -->
<#macro documentDetails doc>
<dl class="document-details">
<dt>${t("documents.form")}</dt><dd>${doc.form}</dd>
<dt>${t("documents.number")}</dt><dd class="document-details__number">${doc.number}</dd>
<dt>${t("documents.issuer")}</dt><dd>${doc.issuer}</dd>
<dt>${t("documents.signer")}</dt><dd>${doc.signer}</dd>
<dt>${t("documents.date")}</dt><dd><#if doc.dateIso?has_content><time datetime="${doc.dateIso}">${doc.date}</time><#else>${doc.date}</#if></dd>
<dt>${t("documents.effective-date")}</dt><dd>${doc.effectiveDate}</dd>
<dt>${t("documents.status")}</dt><dd class="document-details__status document-details__status--${doc.statusId}">${doc.status}<#if doc.replacedBy??>. ${t("documents.replaced-by")}: <a href="${doc.replacedBy.href}">${doc.replacedBy.label}</a></#if></dd>
<dt>${t("documents.territory")}</dt><dd>${doc.territory}</dd>
<dt>${t("documents.summary")}</dt><dd>${doc.summary}</dd>
<dt>${t("documents.official-text")}</dt><dd><#if doc.fileHref?has_content><a href="${doc.fileHref}" download>${doc.fileLabel}</a><#if doc.officialUrl?has_content>; </#if></#if><#if doc.officialUrl?has_content><a href="${doc.officialUrl}">${t("documents.official-copy")}</a></#if><#if !doc.fileHref?has_content && !doc.officialUrl?has_content>${t("documents.no-official-text")}</#if></dd>
<dt>${t("documents.sources")}</dt><dd><#list doc.sources as s><a href="${s.href}">${s.label}</a><#sep>, </#sep></#list></dd>
</dl>
</#macro>
