<#-- The page skeleton every document type uses: head, header, breadcrumbs, main, footer. -->
<#import "/components/skip-link/skip-link.ftl" as skipLink>
<#import "/components/site-header/site-header.ftl" as siteHeader>
<#import "/components/breadcrumbs/breadcrumbs.ftl" as breadcrumbs>
<#import "/components/translation-notice/translation-notice.ftl" as translationNotice>
<#import "/components/site-footer/site-footer.ftl" as siteFooter>
<#import "/components/share-links/share-links.ftl" as shareLinks>
<#import "/components/preview-banner/preview-banner.ftl" as previewBanner>
<#macro layout>
<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.documentTitle}</title>
<#assign s = page.social>
<meta name="description" content="${s.description}">
<link rel="canonical" href="${page.canonical}">
<meta property="og:site_name" content="${s.siteName}">
<meta property="og:type" content="${s.type}">
<meta property="og:title" content="${s.title}">
<meta property="og:description" content="${s.description}">
<meta property="og:url" content="${s.url}">
<meta property="og:image" content="${s.image}">
<meta property="og:image:width" content="${s.imageWidth?c}">
<meta property="og:image:height" content="${s.imageHeight?c}">
<meta property="og:image:alt" content="${s.imageAlt}">
<meta property="og:locale" content="${s.locale}">
<meta property="og:locale:alternate" content="${s.localeAlternate}">
<#if s.publishedTime?has_content><meta property="article:published_time" content="${s.publishedTime}">
<meta property="article:modified_time" content="${s.modifiedTime}"></#if>
<meta name="twitter:card" content="summary_large_image">
<#list page.alternates as alternate>
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">
</#list>
<#if site.feedHref?has_content><link rel="alternate" type="application/atom+xml" title="${site.feedTitle}" href="${site.feedHref}"></#if>
<link rel="stylesheet" href="${site.stylesheetHref}">
<link rel="icon" href="${site.icons.faviconHref}" sizes="32x32">
<link rel="icon" href="${site.icons.svgHref}" type="image/svg+xml">
<link rel="apple-touch-icon" href="${site.icons.appleTouchHref}">
<link rel="manifest" href="${site.icons.manifestHref}">
<#list s.jsonLd as ld><script type="application/ld+json">${ld?no_esc}</script>
</#list>
</head>
<body>
<@skipLink.skipLink/>
<@siteHeader.siteHeader homeHref=site.homeHref searchHref=site.searchHref switcher=page.languageSwitcher menu=site.menu menuScriptHref=site.menuScriptHref/>
<div class="page-width">
<@breadcrumbs.breadcrumbs items=page.breadcrumbs homeHref=site.homeHref/>
<main id="main-content" tabindex="-1">
<@previewBanner.previewBanner notice=page.previewNotice/>
<@translationNotice.translationNotice switcher=page.languageSwitcher/>
<#nested>
<#if s.share??><@shareLinks.shareLinks share=s.share title=s.title scriptHref=site.shareScriptHref/></#if>
</main>
</div>
<@siteFooter.siteFooter links=site.footerLinks organisation=site.organisation portals=site.portals/>
</body>
</html>
</#macro>
