<#-- First focusable element of every page: jumps over the header to the main content. -->
<#macro skipLink>
<a class="skip-link" href="#main-content">${t("skip-link")}</a>
</#macro>
