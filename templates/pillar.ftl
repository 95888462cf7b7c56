<#-- A pillar: digital government, digital economy or digital society, then its indicators with their status. The
     digital-government pillar says first where to do procedures online. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/page-meta/page-meta.ftl" as pageMeta>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<#import "/components/online-services/online-services.ftl" as onlineServices>
<@base.layout>
<h1>${page.title}</h1>
<#if view.onlineServices><@onlineServices.onlineServices portals=site.portals/></#if>
<@prose.prose html=page.bodyHtml/>
<@indicatorSection.indicatorSection list=view.indicators/>
<@latestNews.latestNews latest=view.latestNews/>
<@pageMeta.pageMeta updated=page.updated updatedIso=page.updatedIso/>
</@base.layout>
