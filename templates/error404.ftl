<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<@base.layout>
<h1>${page.title}</h1>
<@prose.prose html=page.bodyHtml/>
</@base.layout>
