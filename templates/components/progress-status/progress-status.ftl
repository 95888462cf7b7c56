<#-- A progress status: icon and name (never colour alone), and, when asked, the one-sentence reasoning. -->
<#macro progressStatus status withReason=false>
<p class="progress-status progress-status--${status.id}"><span class="progress-status__icon" aria-hidden="true">${status.icon}</span> <span class="progress-status__label">${status.label}</span></p>
<#if withReason><p class="progress-status__reason">${status.reason}</p></#if>
</#macro>
