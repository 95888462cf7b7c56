<#-- Footer: how figures are sourced, who runs the site, the related portals, the footer links (the e-mail for reporting errors is the organisation's, data/organisation.json). -->
<#import "/components/organisation-details/organisation-details.ftl" as organisationDetails>
<#import "/components/portal-links/portal-links.ftl" as portalLinks>
<#macro siteFooter links organisation="" portals=[]>
<footer class="site-footer">
<div class="page-width">
<p>${t("site-footer.sourcing")}</p>
<#if organisation?has_content><@organisationDetails.organisationDetails organisation=organisation compact=true headingId="footer-organisation"/></#if>
<#if portals?has_content><@portalLinks.portalLinks portals=portals headingId="footer-portals"/></#if>
<nav aria-label="${t("site-footer.label")}">
<ul>
<#list links as link>
<li><a href="${link.href}">${link.label}</a></li>
</#list>
</ul>
</nav>
</div>
</footer>
</#macro>
