<#-- Links to the figures as files: CSV for spreadsheets, JSON for programs. -->
<#macro downloadLinks csv json>
<ul class="download-links">
<li><a href="${csv}" download>${t("download-links.csv")}</a></li>
<li><a href="${json}" download>${t("download-links.json")}</a></li>
</ul>
</#macro>
