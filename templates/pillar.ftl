<#-- A pillar: digital government, digital economy or digital society. -->
<#import "layouts/article.ftl" as layout>
<@layout.article/>
