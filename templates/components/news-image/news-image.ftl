<#-- An article's photo: sizes for every screen, width and height so the page does not jump, alt text, credit. -->
<#macro newsImage image>
<figure class="news-image">
<img src="${image.src}" srcset="${image.srcset}" sizes="${image.sizes}" width="${image.width?c}" height="${image.height?c}" alt="${image.alt}">
<#if image.credit?has_content><figcaption>${t("news.image-credit")} ${image.credit}</figcaption></#if>
</figure>
</#macro>
