<#-- One of the eight priority sectors. -->
<#import "layouts/article.ftl" as layout>
<@layout.article/>
