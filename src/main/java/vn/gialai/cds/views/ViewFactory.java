package vn.gialai.cds.views;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.views.Views.Alternate;
import vn.gialai.cds.views.Views.CardView;
import vn.gialai.cds.views.Views.DocumentView;
import vn.gialai.cds.views.Views.LanguageSwitcher;
import vn.gialai.cds.views.Views.LinkView;
import vn.gialai.cds.views.Views.SourceView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns validated pages and data into the views templates show. */
public final class ViewFactory {
    private final SiteConfig config;
    private final SiteIndex index;
    private final SiteData data;
    private final Map<Language, Messages> messages;
    private final Urls urls;
    private final String stylesheetPath;
    private final IndicatorViewFactory indicatorViews;
    private final Map<String, Indicator> indicators;
    private NewsViewFactory newsViews;
    private SocialFactory socialFactory;
    private java.time.LocalDate now;

    public ViewFactory(SiteConfig config, SiteIndex index, SiteData data, Map<Language, Messages> messages,
                       Urls urls, String stylesheetPath, IndicatorViewFactory indicatorViews, Map<String, Indicator> indicators) {
        this.indicatorViews = indicatorViews;
        this.indicators = indicators;
        this.config = config;
        this.index = index;
        this.data = data;
        this.messages = messages;
        this.urls = urls;
        this.stylesheetPath = stylesheetPath;
    }

    /** News views and the build's today (for the preview's banners); set once the newsroom is built. */
    public void useNews(NewsViewFactory news, java.time.LocalDate today) {
        this.newsViews = news;
        this.now = today;
    }

    public void useSocial(SocialFactory social) { this.socialFactory = social; }

    private Map<String, String> scripts = Map.of();

    /** The fingerprinted addresses of assets/js/*.js, by file name. */
    public void useScripts(Map<String, String> byName) { this.scripts = byName; }

    private String script(String name) {
        String path = scripts.get(name);
        return path == null ? "" : urls.href(path);
    }

    public SiteView site(Page page) {
        Language lang = page.lang();
        Messages t = messages.get(lang);
        List<LinkView> menu = new ArrayList<>();
        for (String key : config.list("site.menu")) {
            index.byKey(lang, key).ifPresent(target -> menu.add(new LinkView(t.get("menu." + key), urls.href(target.path()),
                    ariaCurrent(page, target))));
        }
        List<LinkView> footer = new ArrayList<>();
        for (String key : config.list("site.footer")) {
            index.byKey(lang, key).ifPresent(target -> footer.add(new LinkView(target.title(), urls.href(target.path()),
                    target.path().equals(page.path()) ? "page" : "")));
        }
        String contact = Optional.ofNullable(config.get("site.contact.email")).map(String::strip).orElse("");
        return new SiteView(lang.code(), urls.href(lang.urlPrefix()), urls.href(stylesheetPath), menu, footer, contact,
                newsViews == null ? "" : newsViews.feedHref(lang), t.get("news.feed-title"), script("share.js"),
                index.ofType(lang, "search").stream().findFirst().map(p -> urls.href(p.path())).orElse(""),
                script("search.js"));
    }

    private static String ariaCurrent(Page page, Page target) {
        if (page.path().equals(target.path())) return "page";
        boolean isHome = target.path().equals(target.lang().urlPrefix());
        return !isHome && page.path().startsWith(target.path()) ? "true" : "";
    }

    public PageView page(Page page) {
        Language lang = page.lang();
        Formats f = new Formats(lang);
        Optional<Page> translation = index.translationOf(page);
        List<LinkView> crumbs = breadcrumbs(page);
        vn.gialai.cds.views.IndicatorViews.IndicatorView indicator = "indicator".equals(page.type())
                ? indicatorViews.indicator(indicators.get(page.field("indicator")), lang, urls.absolute(page.path())) : null;
        vn.gialai.cds.sharing.SocialView social = socialFactory.social(page, crumbs);
        if (indicator != null) {
            List<String> ld = new ArrayList<>(social.jsonLd());
            ld.add(indicator.jsonLd());
            social = new vn.gialai.cds.sharing.SocialView(social.title(), social.description(), social.url(), social.image(),
                    social.imageWidth(), social.imageHeight(), social.imageAlt(), social.type(), social.locale(),
                    social.localeAlternate(), social.siteName(), social.publishedTime(), social.modifiedTime(), ld, social.share());
        }
        return new PageView(
                lang.code(),
                page.type(),
                page.title(),
                page.summary(),
                page.bodyHtml(),
                urls.href(page.path()),
                urls.absolute(page.path()),
                f.date(page.date()),
                page.date() == null ? "" : page.date().toString(),
                crumbs,
                alternates(page, translation),
                switcher(page, translation),
                cards(index.childrenOf(page)),
                "home".equals(page.type()) ? cards(index.ofType(lang, "pillar")) : List.of(),
                "home".equals(page.type()) ? cards(index.ofType(lang, "sector")) : List.of(),
                "home".equals(page.type()) ? cards(byKeys(lang, config.list("site.home.further"))) : List.of(),
                "documents".equals(page.type()) ? documents(lang) : List.of(),
                "about".equals(page.type()) ? sources(lang) : List.of(),
                indicator,
                "progress".equals(page.type()) ? indicatorViews.dashboard(lang) : null,
                indicatorList(page),
                "news".equals(page.type()) ? newsViews.article(page, indicators::get) : null,
                "news-index".equals(page.type()) || "news-list".equals(page.type()) ? newsViews.list(page) : null,
                "home".equals(page.type()) || "pillar".equals(page.type()) || "sector".equals(page.type()) ? newsViews.latest(page) : null,
                previewNotice(page),
                "search".equals(page.type()) ? search(page, menu(page)) : null,
                social);
    }

    private Views.SearchView search(Page page, List<LinkView> sections) {
        Language lang = page.lang();
        String other = index.ofType(lang.other(), "search").stream().findFirst().map(p -> urls.href(p.path() + "index.json")).orElse("");
        return new Views.SearchView(urls.href(page.path() + "index.json"), other, "", sections);
    }

    private List<LinkView> menu(Page page) {
        List<LinkView> out = new ArrayList<>();
        for (String key : config.list("site.menu")) {
            index.byKey(page.lang(), key).ifPresent(p -> out.add(new LinkView(p.title(), urls.href(p.path()), "")));
        }
        return out;
    }

    /** In the preview only: drafts and scheduled pages say so at the top. */
    private String previewNotice(Page page) {
        Messages t = messages.get(page.lang());
        if (page.isDraft()) return t.get("preview.draft");
        if (now != null && page.isScheduled(now)) return t.get("preview.scheduled", new Formats(page.lang()).date(page.date()));
        return "";
    }

    /** The indicators a pillar, sector or home page lists. */
    private vn.gialai.cds.views.IndicatorViews.IndicatorListView indicatorList(Page page) {
        return switch (page.type()) {
            case "pillar" -> indicatorViews.list(page.lang(), i -> i.pillar().equals(page.field("pillar")));
            case "sector" -> indicatorViews.list(page.lang(), i -> i.sectors().contains(page.field("sector")));
            case "home" -> indicatorViews.list(page.lang(), Indicator::headline);
            default -> null;
        };
    }

    private List<LinkView> breadcrumbs(Page page) {
        List<LinkView> trail = new ArrayList<>();
        if ("home".equals(page.type())) return trail;
        String parent = page.parentPath();
        // The home page is the trail's first step already ("Trang chủ" / "Home").
        while (parent != null && !parent.equals(page.lang().urlPrefix())) {
            Optional<Page> p = index.byPath(parent);
            if (p.isPresent()) {
                trail.add(new LinkView(p.get().title(), urls.href(p.get().path()), ""));
                parent = p.get().parentPath();
            } else {
                break;
            }
        }
        Collections.reverse(trail);
        trail.add(new LinkView(page.title(), urls.href(page.path()), "page"));
        return trail;
    }

    private List<Alternate> alternates(Page page, Optional<Page> translation) {
        List<Alternate> out = new ArrayList<>();
        Page vi = page.lang() == Language.VI ? page : translation.orElse(null);
        Page en = page.lang() == Language.EN ? page : translation.orElse(null);
        if (vi != null) out.add(new Alternate("vi", urls.absolute(vi.path())));
        if (en != null) out.add(new Alternate("en", urls.absolute(en.path())));
        out.add(new Alternate("x-default", urls.absolute((vi != null ? vi : page).path())));
        return out;
    }

    private LanguageSwitcher switcher(Page page, Optional<Page> translation) {
        Language other = page.lang().other();
        Messages t = messages.get(page.lang());
        String href = translation.map(p -> urls.href(p.path())).orElse(urls.href(other.urlPrefix()));
        return new LanguageSwitcher(t.get("language." + page.lang().code()), t.get("language." + other.code()),
                other.code(), href, translation.isPresent());
    }

    private List<Page> byKeys(Language lang, List<String> keys) {
        List<Page> out = new ArrayList<>();
        for (String key : keys) index.byKey(lang, key).ifPresent(out::add);
        return out;
    }

    private List<CardView> cards(List<Page> pages) {
        List<CardView> out = new ArrayList<>();
        for (Page p : pages) out.add(new CardView(p.title(), p.summary(), urls.href(p.path())));
        return out;
    }

    private List<DocumentView> documents(Language lang) {
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        String sourcesPath = index.ofType(lang, "about").stream().findFirst().map(Page::path).orElse(lang.urlPrefix());
        List<DocumentView> out = new ArrayList<>();
        for (LegalDocument d : data.documents()) {
            List<LinkView> sources = new ArrayList<>();
            for (String id : d.sources()) sources.add(new LinkView(id, urls.href(sourcesPath) + "#source-" + id, ""));
            out.add(new DocumentView(
                    d.id(),
                    d.number() != null ? d.number() : t.get("documents.number-unknown"),
                    d.date() != null ? f.date(LocalDate.parse(d.date())) : t.get("documents.date-unknown"),
                    d.issuer().in(lang),
                    d.title().in(lang),
                    d.description().in(lang),
                    t.get("scope." + d.scope()),
                    sources));
        }
        return out;
    }

    private List<SourceView> sources(Language lang) {
        Formats f = new Formats(lang);
        Messages t = messages.get(lang);
        List<SourceView> out = new ArrayList<>();
        for (Source s : data.sources().values()) {
            out.add(new SourceView(s.id(), "source-" + s.id(), s.title(), s.publisher(),
                    s.date() == null ? t.get("sources.date-unknown") : f.period(s.date()), s.url(),
                    s.note() == null ? "" : s.note()));
        }
        return out;
    }
}
