<#-- The page skeleton every document type uses: head, header, breadcrumbs, main, footer. -->
<#import "/components/skip-link/skip-link.ftl" as skipLink>
<#import "/components/site-header/site-header.ftl" as siteHeader>
<#import "/components/breadcrumbs/breadcrumbs.ftl" as breadcrumbs>
<#import "/components/translation-notice/translation-notice.ftl" as translationNotice>
<#import "/components/site-footer/site-footer.ftl" as siteFooter>
<#macro layout>
<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if page.type == "home">${t("site.name")} – ${t("site.tagline")}<#else>${page.title} – ${t("site.name")}</#if></title>
<meta name="description" content="${page.summary}">
<link rel="canonical" href="${page.canonical}">
<#list page.alternates as alternate>
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">
</#list>
<#if site.feedHref?has_content><link rel="alternate" type="application/atom+xml" title="${site.feedTitle}" href="${site.feedHref}"></#if>
<link rel="stylesheet" href="${site.stylesheetHref}">
</head>
<body>
<@skipLink.skipLink/>
<@siteHeader.siteHeader/>
<div class="page-width">
<@breadcrumbs.breadcrumbs items=page.breadcrumbs/>
<main id="main-content" tabindex="-1">
<#if page.previewNotice?has_content><p class="preview-banner" role="note">${page.previewNotice}</p></#if>
<@translationNotice.translationNotice switcher=page.languageSwitcher/>
<#nested>
</main>
</div>
<@siteFooter.siteFooter/>
</body>
</html>
</#macro>
