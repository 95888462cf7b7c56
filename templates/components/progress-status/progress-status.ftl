<#-- A progress status: icon and name (never colour alone), one everyday sentence saying why, and, when asked, the
     reasoning with its figures. -->
<#macro progressStatus status withReason=false>
<p class="progress-status progress-status--${status.id}"><span class="progress-status__icon" aria-hidden="true">${status.icon}</span> <span class="progress-status__label">${status.label}</span></p>
<#if status.why?has_content><p class="progress-status__why">${status.why}</p></#if>
<#if withReason && status.reason?has_content><p class="progress-status__reason">${status.reason}</p></#if>
</#macro>
