<#-- The home page, top tasks first: the programme in two sentences, the top-task slot, the key figures with their status,
     the latest news, then its pillars, its sectors, the way onward. -->
<#import "layouts/base.ftl" as base>
<#import "/components/home-intro/home-intro.ftl" as homeIntro>
<#import "/components/card-list/card-list.ftl" as cardList>
<#import "/components/indicator-section/indicator-section.ftl" as indicatorSection>
<#import "/components/latest-news/latest-news.ftl" as latestNews>
<@base.layout>
<@homeIntro.homeIntro title=page.title html=page.bodyHtml/>
<#-- TOP-TASK SLOT: the first block after the heading is the visitor's top task, "Làm thủ tục trực tuyến" (the
     `online-services` component of issue 15, with the public-service portals from data/portals.json). When that
     component exists, import it at the top of this file and call it here, before the figures:
     <#import "/components/online-services/online-services.ftl" as onlineServices>
     <@onlineServices.onlineServices …/>
     Then come the key figures with their status, the latest news, and the ways into the programme. -->
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
