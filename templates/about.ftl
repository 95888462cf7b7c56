<#-- Who publishes the site and how figures are sourced; the full list of sources from data/sources.json. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/source-list/source-list.ftl" as sourceList>
<@layout.article>
<@sourceList.sourceList sources=view.sources/>
</@layout.article>
