<#-- "Làm thủ tục trực tuyến": the public-service portals where citizens do procedures, first thing on the home page. -->
<#macro onlineServices portals headingId="online-services">
<section class="online-services" aria-labelledby="${headingId}">
<h2 class="online-services__heading" id="${headingId}">${t("online-services.heading")}</h2>
<p class="online-services__intro">${t("online-services.intro")}</p>
<ul class="online-services__list">
<#list portals as p><#if p.publicServices>
<li class="online-services__item online-services__item--${p.id}<#if p.empty> online-services__item--empty</#if>"><#if p.empty><span class="online-services__name">${p.name}</span>: <span class="online-services__notice">${t("portal.empty")}</span><#else><a class="online-services__link" href="${p.href}">${p.name}</a></#if></li>
</#if></#list>
</ul>
</section>
</#macro>
