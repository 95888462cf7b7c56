<#-- Said when the page has no version in the other language; the switcher then leads to that language's home. -->
<#macro translationNotice switcher>
<#if !switcher.translated>
<p class="translation-notice">${t("translation-notice.missing")}</p>
</#if>
</#macro>
