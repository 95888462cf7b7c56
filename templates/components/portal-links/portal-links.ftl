<#-- The related state portals (data/portals.json), each a link, or its kind and a notice while its address is not confirmed. -->
<#macro portalLinks portals headingId="portal-links">
<section class="portal-links" aria-labelledby="${headingId}">
<h2 class="portal-links__heading" id="${headingId}">${t("portals.heading")}</h2>
<ul class="portal-links__list">
<#list portals as p>
<li class="portal-links__item portal-links__item--${p.id}<#if p.empty> portal-links__item--empty</#if>"><#if p.empty>${p.name}: <span class="portal-links__notice">${t("portal.empty")}</span><#else><a href="${p.href}">${p.name}</a></#if></li>
</#list>
</ul>
</section>
</#macro>
