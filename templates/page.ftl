<#import "layouts/article.ftl" as layout>
<@layout.article/>
