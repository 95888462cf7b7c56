<#-- Who runs the site (data/organisation.json): every field with its label; an empty one shows the notice in its place. -->
<#macro organisationDetails organisation compact=false headingId="organisation-details" headingKey="organisation.heading">
<section class="organisation-details<#if compact> organisation-details--compact</#if>" aria-labelledby="${headingId}">
<h2 class="organisation-details__heading" id="${headingId}">${t(headingKey)}</h2>
<dl class="organisation-details__list">
<#list organisation.fields as f>
<div class="organisation-details__field organisation-details__field--${f.cssName}<#if f.empty> organisation-details__field--empty</#if>" data-field="${f.key}">
<dt>${f.label}</dt>
<dd><#if f.empty><span class="organisation-details__notice">${t("organisation.empty")}</span><#elseif f.href?has_content><a href="${f.href}">${f.text}</a><#else>${f.text}</#if></dd>
</div>
</#list>
</dl>
</section>
</#macro>
