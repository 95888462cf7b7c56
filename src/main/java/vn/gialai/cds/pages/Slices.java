package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.PageType;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every page type's slice, made once per build. The switch has no default: a new PageType does not compile until
 * it has its slice here (and then its template, templates/&lt;type&gt;.ftl, which the build checks).
 */
public final class Slices {
    private final Map<PageType, Slice> byType = new EnumMap<>(PageType.class);

    public Slices(PageContext c) {
        for (PageType type : PageType.values()) byType.put(type, create(type, c));
    }

    private static Slice create(PageType type, PageContext c) {
        return switch (type) {
            case HOME -> new HomeSlice(c);
            case PAGE -> new PageSlice();
            case SECTION -> new SectionSlice(c);
            case PILLAR -> new PillarSlice(c);
            case SECTOR -> new SectorSlice(c);
            case DOCUMENTS -> new DocumentsSlice(c);
            case DOCUMENT -> new DocumentSlice(c);
            case DOCUMENT_LIST -> new DocumentListSlice(c);
            case ABOUT -> new AboutSlice(c);
            case STATEMENT -> new StatementSlice(c);
            case PROGRESS -> new ProgressSlice(c);
            case INDICATOR -> new IndicatorSlice(c);
            case EMBED -> new EmbedSlice(c);
            case NEWS -> new NewsSlice(c);
            case NEWS_INDEX -> new NewsIndexSlice(c);
            case NEWS_LIST -> new NewsListSlice(c);
            case SEARCH -> new SearchSlice(c);
            case ERROR404 -> new Error404Slice();
        };
    }

    public Slice of(PageType type) { return byType.get(type); }

    public Slice of(Page page) { return of(page.type()); }
}
