<#-- The banner: the site's name, the language switcher and the main menu. -->
<#import "/components/language-switcher/language-switcher.ftl" as languageSwitcher>
<#import "/components/main-nav/main-nav.ftl" as mainNav>
<#import "/components/search-box/search-box.ftl" as searchBox>
<#macro siteHeader homeHref switcher menu searchHref="">
<header class="site-header">
<div class="page-width site-header__bar">
<a class="site-header__name" href="${homeHref}">${t("site.name")}</a>
<@searchBox.searchBox action=searchHref/>
<@languageSwitcher.languageSwitcher switcher=switcher/>
</div>
<@mainNav.mainNav items=menu/>
</header>
</#macro>
