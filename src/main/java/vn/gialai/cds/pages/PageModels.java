package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.views.PageView;
import vn.gialai.cds.views.PageViewFactory;
import vn.gialai.cds.views.SiteView;

/**
 * What a template is handed for one page: `page` (the parts every page shares), `view` (its type's own view) and
 * `site` (header and footer); and what else the build asks of a page: its share card and its search text. Each
 * question goes to the page's type (its Slice); the shared parts are made once by PageViewFactory.
 */
public final class PageModels {
    private final PageContext context;
    private final Slices slices;
    private final PageViewFactory common;

    public PageModels(PageContext context, PageViewFactory common) {
        this.context = context;
        this.slices = new Slices(context);
        this.common = common;
    }

    /**
     * Everything a template is handed for one page, computed once: `page`, `view` (null when its template shows only
     * the common parts) and `site`.
     */
    public record Model(PageView page, Object view, SiteView site) {
        /** What the page's output is a function of, with its template: see ModelFingerprint. */
        public String fingerprint(String template) { return ModelFingerprint.of(template, page, view, site); }
    }

    public Model model(Page page) { return new Model(page(page), view(page), site(page)); }

    public PageView page(Page page) {
        Slice s = slices.of(page);
        return common.page(page, s.documentTitle(page, context), s.shareTitle(page, context), s.isArticle(), s.structuredData(page));
    }

    /** The type's own view, or null when its template shows only the common parts. */
    public Object view(Page page) { return slices.of(page).view(page); }

    public SiteView site(Page page) { return common.site(page); }

    public CardSpec card(Page page) { return slices.of(page).card(page, context); }

    public String searchText(Page page) { return slices.of(page).searchText(page); }
    public String searchFigure(Page page) { return slices.of(page).searchFigure(page); }
    public vn.gialai.cds.views.Figure figure(Page page) { return slices.of(page).figure(page); }
}
