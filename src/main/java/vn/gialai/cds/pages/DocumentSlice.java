package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.vocabulary.PageType;

/** One document of the library, on its own page: every field, its official text or link, its sources. */
public final class DocumentSlice implements Slice {
    public record DocumentPageView(DocumentLibrary.DocumentView document, String libraryHref) {}

    private final PageContext c;
    private final DocumentLibrary library;

    DocumentSlice(PageContext c) {
        this.c = c;
        this.library = new DocumentLibrary(c);
    }

    @Override public PageType type() { return PageType.DOCUMENT; }

    private LegalDocument document(Page page) {
        String id = page.field("document");
        return c.data().documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public DocumentPageView view(Page page) {
        return new DocumentPageView(library.view(document(page), page.lang()),
                library.libraryPage(page.lang()).map(p -> c.urls().href(p.path())).orElse(""));
    }

    /** The number is in the page title; the search text repeats the document's title (for the snippet) and adds its form, number, issuer, signer and summary. */
    @Override
    public String searchText(Page page) {
        LegalDocument d = document(page);
        return d.title().in(page.lang()) + ". " + c.t(page.lang()).get("document-form." + d.form()) + " "
                + (d.number() == null ? "" : d.number()) + ". "
                + d.issuer().in(page.lang()) + ". " + (d.signer() == null ? "" : d.signer() + ". ") + d.description().in(page.lang());
    }
}
