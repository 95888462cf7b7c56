<#-- A news article: date and update, reading time, photo, text, related indicators, newer and older articles. -->
<#import "layouts/base.ftl" as base>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/article-meta/article-meta.ftl" as articleMeta>
<#import "/components/news-image/news-image.ftl" as newsImage>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<#import "/components/prev-next/prev-next.ftl" as prevNext>
<#import "/components/news-summary/news-summary.ftl" as newsSummary>
<#import "/components/print-button/print-button.ftl" as printButton>
<#assign a = view>
<@base.layout>
<h1>${page.title}</h1>
<@articleMeta.articleMeta a=a/>
<#if a.image??><@newsImage.newsImage image=a.image/></#if>
<@newsSummary.newsSummary text=page.summary/>
<@prose.prose html=page.bodyHtml/>
<#if a.related?has_content>
<section aria-labelledby="related-heading">
<h2 id="related-heading">${t("news.related-indicators")}</h2>
<@indicatorList.indicatorList items=a.related/>
</section>
</#if>
<@printButton.printButton siteName=t("site.name") pageUrl=page.canonical scriptHref=site.printScriptHref/>
<@prevNext.prevNext a=a/>
</@base.layout>
