<#-- Only in the editors' preview: a draft or a scheduled page says so at the top of its content.
     The public build passes no notice, and nothing is shown. -->
<#macro previewBanner notice="">
<#if notice?has_content><p class="preview-banner" role="note">${notice}</p></#if>
</#macro>
