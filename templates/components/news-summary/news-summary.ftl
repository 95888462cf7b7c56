<#-- A news article's summary, set apart under its title as the article's opening. -->
<#macro newsSummary text>
<p class="news-summary">${text}</p>
</#macro>
