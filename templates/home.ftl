<#-- The home page, top tasks first: the programme in two sentences, the top-task slot, the key figures with their status,
     the latest news, then its pillars, its sectors, the way onward. -->
<#import "layouts/base.ftl" as base>
<#import "/components/home-intro/home-intro.ftl" as homeIntro>
<#import "/components/card-list/card-list.ftl" as cardList>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<#import "/components/online-services/online-services.ftl" as onlineServices>
<@base.layout>
<@homeIntro.homeIntro title=page.title html=page.bodyHtml/>
<@onlineServices.onlineServices portals=site.portals/>
<@indicatorSection.indicatorSection list=view.indicators headingKey="home.progress"/>
<@latestNews.latestNews latest=view.latestNews/>
<section aria-labelledby="home-pillars">
<h2 id="home-pillars">${t("home.pillars")}</h2>
<@cardList.cardList cards=view.pillars/>
</section>
<section aria-labelledby="home-sectors">
<h2 id="home-sectors">${t("home.sectors")}</h2>
<@cardList.cardList cards=view.sectors compact=true/>
</section>
<section aria-labelledby="home-further">
<h2 id="home-further">${t("home.further")}</h2>
<@cardList.cardList cards=view.further/>
</section>
</@base.layout>
