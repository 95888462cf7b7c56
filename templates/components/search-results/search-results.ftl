<#-- The search form and where results appear (filled in by search.js, announced politely to screen readers). -->
<#macro searchResults search>
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
</#macro>
