<#-- The banner: the site's name, the language switcher and the main menu. -->
<#import "/components/language-switcher/language-switcher.ftl" as languageSwitcher>
<#import "/components/main-nav/main-nav.ftl" as mainNav>
<#import "/components/search-box/search-box.ftl" as searchBox>
<#macro siteHeader>
<header class="site-header">
<div class="page-width site-header__bar">
<a class="site-header__name" href="${site.homeHref}">${t("site.name")}</a>
<@searchBox.searchBox/>
<@languageSwitcher.languageSwitcher switcher=page.languageSwitcher/>
</div>
<@mainNav.mainNav items=site.menu/>
</header>
</#macro>
