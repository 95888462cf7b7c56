<#-- Who runs the site (data/organisation.json, in full), the related state portals, how figures are sourced, and the
     full list of sources from data/sources.json. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/organisation-details/organisation-details.ftl" as organisationDetails>
<#import "/components/portal-links/portal-links.ftl" as portalLinks>
<#import "/components/source-list/source-list.ftl" as sourceList>
<@layout.article>
<@organisationDetails.organisationDetails organisation=site.organisation headingId="about-organisation"/>
<@portalLinks.portalLinks portals=site.portals headingId="about-portals"/>
<@sourceList.sourceList sources=view.sources/>
</@layout.article>
