<#-- Share this page, with no third-party script: plain links to Facebook, X and e-mail, the address to copy,
     and, where the browser has them (phones: Zalo is in the system's share sheet), "Share…" and "Copy link"
     buttons that share.js reveals. -->
<#macro shareLinks share title scriptHref>
<section class="share-links" aria-labelledby="share-heading" data-share-url="${share.url}" data-share-title="${title}">
<h2 id="share-heading" class="share-links__heading">${t("share-links.heading")}</h2>
<ul class="share-links__list">
<li><button type="button" class="share-links__native" hidden>${t("share-links.native")}</button></li>
<li><a href="${share.facebook}" target="_blank" rel="noopener noreferrer">${t("share-links.facebook")}<span class="visually-hidden"> ${t("share-links.new-tab")}</span></a></li>
<li><a href="${share.x}" target="_blank" rel="noopener noreferrer">${t("share-links.x")}<span class="visually-hidden"> ${t("share-links.new-tab")}</span></a></li>
<li><a href="${share.email}">${t("share-links.email")}</a></li>
<li><button type="button" class="share-links__copy" hidden>${t("share-links.copy")}</button></li>
</ul>
<p class="share-links__address"><label for="share-url">${t("share-links.address")}</label>
<input id="share-url" type="url" value="${share.url}" readonly></p>
<p class="share-links__status" role="status" data-copied="${t("share-links.copied")}"></p>
</section>
<script src="${scriptHref}" defer></script>
</#macro>
