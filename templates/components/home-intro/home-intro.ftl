<#-- The home page's opening: the site's main heading and the programme in a few sentences, in a larger type. -->
<#import "/components/prose/prose.ftl" as prose>
<#macro homeIntro title html>
<div class="home-intro">
<h1>${title}</h1>
<@prose.prose html=html/>
</div>
</#macro>
