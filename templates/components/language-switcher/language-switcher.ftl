<#-- The language switcher: the current language as text, the other as a link to the same page in it. -->
<#macro languageSwitcher switcher>
<nav class="language-switcher" aria-label="${t("language-switcher.label")}">
<ul>
<li><span class="language-switcher__current" aria-current="true">${switcher.currentName}</span></li>
<li><a href="${switcher.href}" hreflang="${switcher.otherLang}" lang="${switcher.otherLang}"<#if switcher.translated> rel="alternate"</#if>>${switcher.otherName}</a></li>
</ul>
</nav>
</#macro>
