<#-- The newest articles (home, pillar and sector pages), and the way to all of them. -->
<#import "/components/news-list/news-list.ftl" as newsList>
<#macro latestNews latest>
<section class="latest-news" aria-labelledby="latest-news-heading">
<h2 id="latest-news-heading">${t("news.latest")}</h2>
<#if latest.items?has_content>
<@newsList.newsList items=latest.items/>
<#if latest.moreHref?has_content><p><a href="${latest.moreHref}">${latest.moreLabel}</a></p></#if>
<#else>
<p>${t("news.none")}</p>
</#if>
</section>
</#macro>
