<#-- The home page, top tasks first: the heading and the programme in one sentence, doing procedures online, the key figures with their status,
     the latest news, then its pillars, its sectors, the way onward. -->
<#import "layouts/base.ftl" as base>
<#import "/components/home-intro/home-intro.ftl" as homeIntro>
<#import "/components/card-list/card-list.ftl" as cardList>
<#import "/components/prose/prose.ftl" as prose>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<#import "/components/online-services/online-services.ftl" as onlineServices>
<@base.layout>
<@homeIntro.homeIntro title=page.title lead=page.summary/>
<@onlineServices.onlineServices portals=site.portals/>
<@indicatorSection.indicatorSection list=view.indicators headingKey="home.progress"/>
<@latestNews.latestNews latest=view.latestNews/>
<section class="home-about" aria-labelledby="home-about">
<h2 id="home-about">${t("home.about")}</h2>
<@prose.prose html=page.bodyHtml/>
</section>
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
