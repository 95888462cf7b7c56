package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.views.Views.LinkView;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The legal and planning texts behind the programme, from data/documents.json. */
public final class DocumentsSlice implements Slice {
    /** One row of the documents table. */
    public record DocumentView(String id, String number, String date, String issuer, String title, String description,
                               String territory, List<LinkView> sources) {}

    public record DocumentsView(List<DocumentView> documents) {}

    private final PageContext c;

    DocumentsSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.DOCUMENTS; }

    @Override
    public DocumentsView view(Page page) {
        Language lang = page.lang();
        Messages t = c.t(lang);
        Formats f = new Formats(lang);
        String sourcesPath = c.index().ofType(lang, PageType.ABOUT).stream().findFirst().map(Page::path).orElse(lang.urlPrefix());
        List<DocumentView> out = new ArrayList<>();
        for (LegalDocument d : c.data().documents()) {
            List<LinkView> sources = new ArrayList<>();
            for (String id : d.sources()) sources.add(new LinkView(id, c.urls().href(sourcesPath) + "#source-" + id, ""));
            out.add(new DocumentView(
                    d.id(),
                    d.number() != null ? d.number() : t.get("documents.number-unknown"),
                    d.date() != null ? f.date(LocalDate.parse(d.date())) : t.get("documents.date-unknown"),
                    d.issuer().in(lang),
                    d.title().in(lang),
                    d.description().in(lang),
                    t.get("territory." + d.territory()),
                    sources));
        }
        return new DocumentsView(out);
    }

    /** The site search finds a document by its number and title. */
    @Override
    public String searchText(Page page) {
        StringBuilder sb = new StringBuilder();
        c.data().documents().forEach(d -> sb.append(d.number() == null ? "" : d.number()).append(' ')
                .append(d.title().in(page.lang())).append(". "));
        return sb.toString();
    }
}
