<#-- A section's front page: its introduction, then the pages in it. -->
<#import "layouts/article.ftl" as layout>
<#import "/components/card-list/card-list.ftl" as cardList>
<@layout.article>
<@cardList.cardList cards=view.children/>
</@layout.article>
