<#-- The search box in every header: a plain form to the language's search page, so it works as a link too. -->
<#macro searchBox action="">
<#if action?has_content>
<form class="search-box" role="search" action="${action}" method="get">
<label for="search-box-q" class="visually-hidden">${t("search-box.label")}</label>
<input id="search-box-q" name="q" type="search" placeholder="${t("search-box.hint")}" autocomplete="off">
<button type="submit">${t("search-box.submit")}</button>
</form>
</#if>
</#macro>
