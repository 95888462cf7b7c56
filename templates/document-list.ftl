<#-- A filter page of the documents library: the documents of one form, issuing body or year. -->
<#import "layouts/base.ftl" as base>
<#import "/components/document-filters/document-filters.ftl" as documentFilters>
<#import "/components/document-table/document-table.ftl" as documentTable>
<@base.layout>
<h1>${page.title}</h1>
<@documentFilters.documentFilters filters=view.filters allHref=view.allHref count=view.count/>
<@documentTable.documentTable documents=view.documents/>
</@base.layout>
