<#-- The accessibility statement or the privacy statement: the editor's text, then whom to contact (data/organisation.json). -->
<#import "layouts/article.ftl" as layout>
<#import "/components/organisation-details/organisation-details.ftl" as organisationDetails>
<@layout.article>
<@organisationDetails.organisationDetails organisation=view.contact headingId="statement-contact" headingKey="statement.contact-heading"/>
</@layout.article>
