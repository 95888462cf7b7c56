<#-- A content page: its title, its text, when it was last updated. Types add their own parts after the text. -->
<#import "base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/page-meta/page-meta.ftl" as pageMeta>
<#macro article>
<@base.layout>
<h1>${page.title}</h1>
<@prose.prose html=page.bodyHtml/>
<#nested>
<@pageMeta.pageMeta updated=page.updated updatedIso=page.updatedIso/>
</@base.layout>
</#macro>
