<#-- The home page's opening: the site's main heading and the programme in one sentence (the page's summary), in a
     larger type; the longer introduction comes further down, after what a visitor came for. -->
<#macro homeIntro title lead>
<div class="home-intro">
<h1>${title}</h1>
<p class="home-intro__lead">${lead}</p>
</div>
</#macro>
