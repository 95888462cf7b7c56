<#-- The banner: the site's name and the language switcher on the first line; the menu button and the search box on
     the second (the button last, so the menu it opens comes next when tabbing); the main menu under them. On a narrow screen the menu is folded: the button is a link to #main-nav
     (the menu opens by :target, no script needed); menu.js turns it into a real toggle button where scripts run. -->
<#import "/components/language-switcher/language-switcher.ftl" as languageSwitcher>
<#import "/components/main-nav/main-nav.ftl" as mainNav>
<#import "/components/search-box/search-box.ftl" as searchBox>
<#macro siteHeader homeHref switcher menu searchHref="" menuScriptHref="">
<header class="site-header">
<div class="page-width site-header__bar">
<a class="site-header__name" href="${homeHref}">${t("site.name")}</a>
<@languageSwitcher.languageSwitcher switcher=switcher/>
</div>
<div class="page-width site-header__tools">
<@searchBox.searchBox action=searchHref/>
<a class="site-header__menu-button" href="#main-nav" aria-controls="main-nav"><span aria-hidden="true">☰</span> ${t("site-header.menu")}</a>
</div>
<@mainNav.mainNav items=menu/>
</header>
<#if menuScriptHref?has_content><script src="${menuScriptHref}" defer></script></#if>
</#macro>
