package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.views.Views.LinkView;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.List;

/** The search page: where its index is (and the other language's), and the main sections for readers without JavaScript. */
public final class SearchSlice implements Slice {
    /** The search page: where the indexes are, and the main sections to browse without JavaScript. */
    public record SearchView(String indexHref, String otherIndexHref, String query, List<LinkView> sections) {}

    /** The index file beside the search page ("tim-kiem/index.json"). */
    public static String indexPath(Page searchPage) { return searchPage.path() + "index.json"; }

    private final PageContext c;

    SearchSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.SEARCH; }

    @Override
    public SearchView view(Page page) {
        Language lang = page.lang();
        List<LinkView> sections = new ArrayList<>();
        for (String key : c.config().list("site.menu")) {
            c.index().byKey(lang, key).ifPresent(p -> sections.add(new LinkView(p.title(), c.urls().href(p.path()), "")));
        }
        String other = c.index().ofType(lang.other(), PageType.SEARCH).stream().findFirst()
                .map(p -> c.urls().href(indexPath(p))).orElse("");
        return new SearchView(c.urls().href(indexPath(page)), other, "", sections);
    }
}
