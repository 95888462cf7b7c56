<#-- The search page's body: the search form, where results appear (filled in by search.js, announced politely to
     screen readers), and, for every visitor, how to search and the main sections to browse without JavaScript. -->
<#import "/components/prose/prose.ftl" as prose>
<#macro searchResults search helpHtml scriptHref>
<div id="search" class="search" data-index="${search.indexHref}" data-other-index="${search.otherIndexHref}"
 data-count="${t("search.count")}" data-none="${t("search.none")}">
<form class="search__form" role="search" method="get">
<label for="search-q">${t("search.label")}</label>
<div class="search__row">
<input id="search-q" name="q" type="search" autocomplete="off">
<button type="submit">${t("search-box.submit")}</button>
</div>
<p class="search__option"><input id="search-all" name="all" type="checkbox" value="1"> <label for="search-all">${t("search.other-language")}</label></p>
</form>
<div id="search-results" class="search-results" aria-live="polite"></div>
</div>
<div class="search-help">
<@prose.prose html=helpHtml/>
<h2>${t("search.sections")}</h2>
<ul><#list search.sections as s><li><a href="${s.href}">${s.label}</a></li></#list></ul>
</div>
<script src="${scriptHref}" defer></script>
</#macro>
