<#-- The text an editor wrote, already turned from Markdown into HTML (and checked) by the build. A table is put in
     its own labelled box that scrolls sideways on a narrow screen (focusable, so a keyboard can scroll it), so the
     page itself never does. -->
<#macro prose html>
<div class="prose">
${html?replace('<table', '<div class="prose__table" role="region" aria-label="' + t("prose.table-label") + '" tabindex="0"><table')?replace('</table>', '</table></div>')?no_esc}
</div>
</#macro>
