package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.pages.DocumentsSlice.DocumentsView;
import vn.gialai.cds.vocabulary.PageType;

import java.util.List;

/** A pre-built filter page of the documents library: the documents of one form, one issuing body or one year. */
public final class DocumentListSlice implements Slice {
    private final PageContext c;
    private final DocumentLibrary library;

    DocumentListSlice(PageContext c) {
        this.c = c;
        this.library = new DocumentLibrary(c);
    }

    @Override public PageType type() { return PageType.DOCUMENT_LIST; }

    @Override
    public DocumentsView view(Page page) {
        String kind = page.field("filter");
        String value = page.field("value");
        List<DocumentLibrary.DocumentView> docs = library.documents(page.lang(), d -> DocumentLibrary.matches(d, kind, value));
        String all = library.libraryPage(page.lang()).map(p -> c.urls().href(p.path())).orElse("");
        return new DocumentsView(docs, library.filters(page.lang(), kind, value), all, c.t(page.lang()).get("documents.count", docs.size()));
    }
}
