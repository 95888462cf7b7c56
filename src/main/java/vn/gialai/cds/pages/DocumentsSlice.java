package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.pages.DocumentLibrary.DocumentView;
import vn.gialai.cds.pages.DocumentLibrary.FilterGroup;
import vn.gialai.cds.vocabulary.PageType;

import java.util.List;

/** The documents library (data/documents.json): every document with its filters by form, issuing body and year. */
public final class DocumentsSlice implements Slice {
    /** @param allHref the library itself (the filter pages link back to it) */
    public record DocumentsView(List<DocumentView> documents, List<FilterGroup> filters, String allHref, String count) {}

    private final PageContext c;
    private final DocumentLibrary library;

    DocumentsSlice(PageContext c) {
        this.c = c;
        this.library = new DocumentLibrary(c);
    }

    @Override public PageType type() { return PageType.DOCUMENTS; }

    @Override
    public DocumentsView view(Page page) {
        List<DocumentView> docs = library.documents(page.lang(), d -> true);
        return new DocumentsView(docs, library.filters(page.lang(), "", ""), "", c.t(page.lang()).get("documents.count", docs.size()));
    }

    /** The site search finds the library by its documents' titles (each document also has its own page). */
    @Override
    public String searchText(Page page) {
        StringBuilder sb = new StringBuilder();
        c.data().documents().forEach(d -> sb.append(d.title().in(page.lang())).append(". "));
        return sb.toString();
    }
}
