<#-- One of the eight priority sectors, then the indicators that concern it. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/indicator-list/indicator-list.ftl" as indicatorList>
<@layout.article>
<@indicatorList.indicatorSection list=page.indicators/>
</@layout.article>
