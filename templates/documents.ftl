<#-- The legal and planning texts, from data/documents.json. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/document-table/document-table.ftl" as documentTable>
<@layout.article>
<@documentTable.documentTable documents=view.documents/>
</@layout.article>
