<#-- One document of the library: every field, its official text or link, its sources; print and save. -->
<#import "layouts/base.ftl" as base>
<#import "/components/document-details/document-details.ftl" as documentDetails>
<#import "/components/print-button/print-button.ftl" as printButton>
<@base.layout>
<h1>${view.document.title}</h1>
<@documentDetails.documentDetails doc=view.document/>
<p><a href="${view.libraryHref}">${t("documents.all")}</a></p>
<@printButton.printButton siteName=t("site.name") pageUrl=page.canonical scriptHref=site.printScriptHref/>
</@base.layout>
