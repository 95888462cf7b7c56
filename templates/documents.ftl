<#-- The documents library, from data/documents.json: its filters (pre-built pages), then every document. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/document-filters/document-filters.ftl" as documentFilters>
<#import "/components/document-table/document-table.ftl" as documentTable>
<@layout.article>
<@documentFilters.documentFilters filters=view.filters allHref=view.allHref count=view.count/>
<@documentTable.documentTable documents=view.documents/>
</@layout.article>
