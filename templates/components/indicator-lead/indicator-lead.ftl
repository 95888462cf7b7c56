<#-- The indicator page's opening sentence or two: what the indicator measures and why it matters. -->
<#macro indicatorLead text>
<p class="indicator-lead">${text}</p>
</#macro>
