package vn.gialai.cds.views;

import vn.gialai.cds.vocabulary.SiteIcons;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.views.Views.Alternate;
import vn.gialai.cds.views.Views.LanguageSwitcher;
import vn.gialai.cds.views.Views.LinkView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts every page shares (its head, header, breadcrumbs, languages, sharing) and the site's header and footer. */
public final class PageViewFactory {
    private final SiteConfig config;
    private final SiteIndex index;
    private final Map<Language, Messages> messages;
    private final Urls urls;
    private final String stylesheetPath;
    private final Map<String, String> scripts;
    private final NewsViewFactory newsViews;
    private final SocialFactory socialFactory;
    private final LocalDate now;
    private final OperatorViews operator;
    /** The same for every page of a language: made once (and so fingerprinted once, see pages/ModelFingerprint). */
    private final java.util.Map<Language, OperatorViews.OrganisationView> organisation = new java.util.EnumMap<>(Language.class);
    private final java.util.Map<Language, List<OperatorViews.PortalView>> portals = new java.util.EnumMap<>(Language.class);

    /**
     * @param scripts the fingerprinted addresses of the scripts, by file name ("share.js" → "assets/js/share.3f9a1c20de.js")
     * @param now     the build's today, for the preview's banners on scheduled pages
     */
    public PageViewFactory(SiteConfig config, SiteIndex index, Map<Language, Messages> messages, Urls urls, String stylesheetPath,
                           Map<String, String> scripts, NewsViewFactory newsViews, SocialFactory socialFactory, LocalDate now,
                           OperatorViews operator) {
        this.config = config;
        this.index = index;
        this.messages = messages;
        this.urls = urls;
        this.stylesheetPath = stylesheetPath;
        this.scripts = scripts;
        this.newsViews = newsViews;
        this.socialFactory = socialFactory;
        this.now = now;
        this.operator = operator;
    }

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
        return new SiteView(lang.code(), urls.href(lang.urlPrefix()), urls.href(stylesheetPath), menu, footer,
                newsViews == null ? "" : newsViews.feedHref(lang), t.get("news.feed-title"), script("share.js"),
                index.ofType(lang, PageType.SEARCH).stream().findFirst().map(p -> urls.href(p.path())).orElse(""),
                script("search.js"), script("menu.js"), organisation.computeIfAbsent(lang, operator::organisation), portals.computeIfAbsent(lang, operator::portals), script("print.js"),
                new SiteView.Icons(urls.href(SiteIcons.FAVICON), urls.href(SiteIcons.SVG),
                urls.href(SiteIcons.APPLE_TOUCH), urls.href(SiteIcons.manifest(lang))));
    }

    private static String ariaCurrent(Page page, Page target) {
        if (page.path().equals(target.path())) return "page";
        boolean isHome = target.path().equals(target.lang().urlPrefix());
        return !isHome && page.path().startsWith(target.path()) ? "true" : "";
    }

    /**
     * The common parts of a page, with what its type decides about them: its HTML and share titles, whether it is an
     * article, its own structured data.
     */
    public PageView page(Page page, String documentTitle, String shareTitle, boolean article, List<String> typeLd) {
        Language lang = page.lang();
        Formats f = new Formats(lang);
        Optional<Page> translation = index.translationOf(page);
        List<LinkView> crumbs = breadcrumbs(page);
        return new PageView(
                lang.code(),
                page.title(),
                documentTitle,
                page.summary(),
                page.bodyHtml(),
                urls.href(page.path()),
                urls.absolute(page.path()),
                f.date(page.date()),
                page.date() == null ? "" : page.date().toString(),
                crumbs,
                alternates(page, translation),
                switcher(page, translation),
                previewNotice(page),
                socialFactory.social(page, crumbs, shareTitle, article, typeLd));
    }

    /** In the preview only: drafts and scheduled pages say so at the top. */
    private String previewNotice(Page page) {
        Messages t = messages.get(page.lang());
        if (page.isDraft()) return t.get("preview.draft");
        if (now != null && page.isScheduled(now)) return t.get("preview.scheduled", new Formats(page.lang()).date(page.date()));
        return "";
    }

    private List<LinkView> breadcrumbs(Page page) {
        List<LinkView> trail = new ArrayList<>();
        if (page.type() == PageType.HOME) return trail;
        String parent = page.parentPath();
        // The home page is the trail's first step already ("Trang chủ" / "Home").
        while (parent != null && !parent.equals(page.lang().urlPrefix())) {
            Optional<Page> p = index.byPath(parent);
            if (p.isPresent()) {
                trail.add(new LinkView(p.get().title(), urls.href(p.get().path()), ""));
                parent = p.get().parentPath();
            } else {
                // an address step with no page of its own (the documents library's "van-ban/loai/"): skip to the one above
                String trimmed = parent.substring(0, parent.length() - 1);
                int cut = trimmed.lastIndexOf('/');
                if (cut < 0) break;
                parent = trimmed.substring(0, cut + 1);
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
}
