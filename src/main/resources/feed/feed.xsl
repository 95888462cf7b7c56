<?xml version="1.0" encoding="utf-8"?>
<!-- The site's Atom feeds, shown as a readable page when opened in a browser (the feed stays plain Atom for feed
     readers). outputs/Feeds fills in each {{…}} from templates/i18n/<lang>.properties and writes one copy per
     language; {{date-branches}} writes a date as the language writes dates (i18n/Formats), one branch per month. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom"
                exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>
  <xsl:template match="/atom:feed">
    <html lang="{{lang}}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <link rel="stylesheet" href="{{stylesheet}}"/>
      </head>
      <body>
        <div class="page-width">
          <main class="feed-page" id="main-content">
            <p class="feed-page__notice">{{feed-page.notice}}</p>
            <h1><xsl:value-of select="atom:title"/></h1>
            <p><xsl:value-of select="atom:subtitle"/></p>
            <p class="feed-page__address"><label for="feed-address">{{feed-page.address}}</label><br/>
              <input id="feed-address" type="url" readonly="readonly" value="{atom:link[@rel='self']/@href}"/></p>
            <p><a href="{atom:link[@rel='alternate']/@href}">{{feed-page.site-link}}</a></p>
            <h2>{{feed-page.entries}}</h2>
            <ol class="feed-page__entries">
              <xsl:for-each select="atom:entry">
                <li>
                  <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                  <p class="feed-page__date"><xsl:call-template name="date"><xsl:with-param name="iso" select="atom:published"/></xsl:call-template></p>
                  <p><xsl:value-of select="atom:summary"/></p>
                </li>
              </xsl:for-each>
            </ol>
          </main>
        </div>
      </body>
    </html>
  </xsl:template>
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:variable name="dd" select="substring($iso, 9, 2)"/>
    <xsl:variable name="d" select="number($dd)"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:variable name="y" select="substring($iso, 1, 4)"/>
    <xsl:choose>{{date-branches}}</xsl:choose>
  </xsl:template>
</xsl:stylesheet>
