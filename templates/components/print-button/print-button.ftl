<#-- Print and save: a button that opens the browser's print dialog (print.js reveals it), a plain link to a hint for
     readers without JavaScript, and the source line with the page's address that only the printout shows. -->
<#macro printButton siteName pageUrl scriptHref>
<div class="print-button">
<button type="button" class="print-button__button" hidden>${t("print.button")}</button>
<a class="print-button__link" href="#print-hint">${t("print.link")}</a>
<p class="print-button__hint" id="print-hint" tabindex="-1">${t("print.hint")}</p>
</div>
<p class="print-button__source">${t("print.source", siteName, pageUrl)}</p>
<#if scriptHref?has_content><script src="${scriptHref}" defer></script></#if>
</#macro>
