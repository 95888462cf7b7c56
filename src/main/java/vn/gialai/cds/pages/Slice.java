package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.sharing.CardFigure;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.vocabulary.PageType;

import java.util.List;

/**
 * Everything one page type owns, in one place: the view its template (templates/&lt;type&gt;.ftl) is handed as
 * `view`, the words of its share card, what the site search reads of it, and its structured data. The parts every
 * page shares (head, breadcrumbs, language switcher, Open Graph) are made once for all types by
 * views/PageViewFactory; a type changes them only through the methods below.
 */
public interface Slice {
    PageType type();

    /** The view templates/&lt;type&gt;.ftl receives as `view`; null for a type whose template shows only the common parts. */
    Object view(Page page);

    /** The HTML title: "page – site name". */
    default String documentTitle(Page page, PageContext c) {
        return page.title() + " – " + c.t(page.lang()).get("site.name");
    }

    /** The title shown when the page is shared (og:title, the share links, the system share sheet): "page – site name". */
    default String shareTitle(Page page, PageContext c) { return documentTitle(page, c); }

    /** The share card drawn for the page (card.png beside it). */
    default CardSpec card(Page page, PageContext c) {
        return c.social().card(page, page.title(), CardFigure.NONE);
    }

    /** Text the site search reads beyond the title, summary, tags and body (e.g. an indicator's explanation). */
    default String searchText(Page page) { return ""; }

    /** The page's figure as one line under its search result (views/Figures.text), or "" for none. */
    default String searchFigure(Page page) { return ""; }

    /** The figure the page's share card and search result carry (an indicator's latest), or null for none. */
    default vn.gialai.cds.views.Figure figure(Page page) { return null; }

    /** schema.org blocks beyond the breadcrumb trail, as JSON ready for a script element. */
    default List<String> structuredData(Page page) { return List.of(); }

    /** An article (og:type article, with published and modified times) rather than a website page. */
    default boolean isArticle() { return false; }
}
