package vn.gialai.cds.vocabulary;

import java.util.Optional;

/**
 * The document types: the `type=` of a page's header, the template that shows it (templates/&lt;id&gt;.ftl), the view
 * that template is handed (pages/&lt;Type&gt;Page) and the label of its share card (card.section.&lt;id&gt;).
 */
public enum PageType implements Term {
    HOME("home", Origin.WRITTEN, true),
    PAGE("page", Origin.WRITTEN, true),
    SECTION("section", Origin.WRITTEN, true),
    PILLAR("pillar", Origin.WRITTEN, true),
    SECTOR("sector", Origin.WRITTEN, true),
    DOCUMENTS("documents", Origin.WRITTEN, true),
    DOCUMENT("document", Origin.FROM_DATA, true),
    DOCUMENT_LIST("document-list", Origin.FROM_DATA, false),
    ABOUT("about", Origin.WRITTEN, true),
    STATEMENT("statement", Origin.WRITTEN, true),
    PROGRESS("progress", Origin.WRITTEN, true),
    INDICATOR("indicator", Origin.FROM_DATA, true),
    /** An indicator's figure and chart alone, for other sites to show in an iframe; framing allowed (HostHeaders). */
    EMBED("embed", Origin.FROM_DATA, false),
    NEWS("news", Origin.WRITTEN, true),
    NEWS_INDEX("news-index", Origin.WRITTEN, false),
    NEWS_LIST("news-list", Origin.FROM_DATA, false),
    SEARCH("search", Origin.WRITTEN, false),
    ERROR404("error404", Origin.WRITTEN, false);

    /** Who makes pages of a type: an editor (a Markdown file) or the build (from data and the news). */
    public enum Origin { WRITTEN, FROM_DATA }

    private final String id;
    private final Origin origin;
    private final boolean searched;

    PageType(String id, Origin origin, boolean searched) {
        this.id = id;
        this.origin = origin;
        this.searched = searched;
    }

    @Override
    public String id() { return id; }

    /** The template that shows this type, in templates/. */
    public String template() { return id + ".ftl"; }

    /** Made by the build, never written by hand (an editor's `type=indicator` is refused). */
    public boolean generated() { return origin == Origin.FROM_DATA; }

    /** Whether the site search lists pages of this type. */
    public boolean searched() { return searched; }

    /**
     * An ordinary address of the site: in the sitemap and in its section's list, with its own share card and share
     * links. The "page not found" page is not (it is shown at any address that does not exist), nor an indicator's
     * embed page (it is shown inside other sites; its indicator page is the one to share).
     */
    public boolean addressable() { return this != ERROR404 && this != EMBED; }

    public static Optional<PageType> fromId(String id) { return Term.byId(PageType.class, id); }
}
