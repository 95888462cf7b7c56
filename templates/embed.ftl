<#-- An indicator's embed page: the figure, its provenance and its chart alone, for an iframe on another site.
     No header, menu or footer; every link leaves the frame. -->
<#import "/components/embed-figure/embed-figure.ftl" as embedding>
<#import "/components/indicator-chart/indicator-chart.ftl" as indicatorChart>
<#assign v = view>
<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<base target="_top">
<title>${page.documentTitle}</title>
<meta name="description" content="${page.social.description}">
<link rel="canonical" href="${page.canonical}">
<#list page.alternates as alternate>
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">
</#list>
<link rel="stylesheet" href="${site.stylesheetHref}">
</head>
<body class="embed">
<main id="main-content">
<@embedding.embedFigure name=v.name figure=(v.figure)!{} sourceLine=v.sourceLine pageHref=v.pageHref siteName=v.siteName>
<#if v.chart??><@indicatorChart.indicatorChart chart=v.chart/></#if>
</@embedding.embedFigure>
</main>
</body>
</html>
