<#-- The text an editor wrote, already turned from Markdown into HTML (and checked) by the build. -->
<#macro prose html>
<div class="prose">
${html?no_esc}
</div>
</#macro>
