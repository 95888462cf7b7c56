package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.views.DocumentFacets;
import vn.gialai.cds.views.Views.LinkView;
import vn.gialai.cds.vocabulary.Addresses;
import vn.gialai.cds.vocabulary.DocumentStatus;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The documents library's views, made once for its three page types (the library, a document, a filter page). */
public final class DocumentLibrary {
    /**
     * One document as its page and the library show it: every field Decree 42/2022/NĐ-CP lists, each already in the
     * page's language, "not found" texts in place of what no source gives.
     *
     * @param replacedBy the replacing document's page, or null
     * @param fileHref   the official text under assets/documents/, or ""
     */
    public record DocumentView(String id, String href, String form, String formId, String number, String date, String dateIso,
                        String issuer, String signer, String effectiveDate, String title, String summary, String status,
                        String statusId, LinkView replacedBy, String fileHref, String fileLabel, String officialUrl,
                        String territory, List<LinkView> sources) {}

    /** One kind of filter (form, issuer, year) with its values as links; ariaCurrent marks the page's own. */
    public record FilterGroup(String kind, String heading, List<LinkView> links) {}

    private final PageContext c;

    DocumentLibrary(PageContext c) { this.c = c; }

    Optional<Page> libraryPage(Language lang) {
        return c.index().ofType(lang, PageType.DOCUMENTS).stream().findFirst();
    }

    List<DocumentView> documents(Language lang, java.util.function.Predicate<LegalDocument> which) {
        List<DocumentView> out = new ArrayList<>();
        for (LegalDocument d : c.data().documents()) if (which.test(d)) out.add(view(d, lang));
        return out;
    }

    DocumentView view(LegalDocument d, Language lang) {
        Messages t = c.t(lang);
        Formats f = new Formats(lang);
        String libPath = libraryPage(lang).map(Page::path).orElse(lang.urlPrefix());
        // each source by its readable name in the page's language (never its code), linked to its entry in the list
        List<LinkView> sources = new ArrayList<>();
        for (String id : d.sources()) {
            var ref = c.indicatorViews().figures().source(id, lang);
            sources.add(new LinkView(ref.shortName(), ref.href(), ""));
        }
        DocumentStatus st = DocumentStatus.fromId(d.status().state()).orElseThrow();
        String status = t.get("document-status." + st.id());
        if (st.needsDate()) status = t.get("documents.status-since", status, f.date(LocalDate.parse(d.status().date())));
        LinkView replacedBy = null;
        if (d.status().replacedBy() != null) {
            LegalDocument by = c.data().documents().stream().filter(x -> x.id().equals(d.status().replacedBy())).findFirst().orElseThrow();
            replacedBy = new LinkView(by.number() != null ? by.number() : by.title().in(lang),
                    c.urls().href(Addresses.documentPage(libPath, by.id())), "");
        }
        String fileHref = d.file() == null ? "" : c.urls().href(d.file());
        String fileLabel = d.file() == null ? "" : t.get("documents.download",
                d.file().substring(d.file().lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT));
        return new DocumentView(d.id(), c.urls().href(Addresses.documentPage(libPath, d.id())), t.get("document-form." + d.form()), d.form(),
                d.number() != null ? d.number() : t.get("documents.number-unknown"),
                d.date() != null ? f.date(LocalDate.parse(d.date())) : t.get("documents.date-unknown"),
                d.date() == null ? "" : d.date(),
                d.issuer().in(lang),
                d.signer() != null ? d.signer() : t.get("documents.signer-unknown"),
                d.effectiveDate() != null ? f.date(LocalDate.parse(d.effectiveDate())) : t.get("documents.effective-unknown"),
                d.title().in(lang), d.description().in(lang), status, st.id(), replacedBy, fileHref, fileLabel,
                d.officialUrl() == null ? "" : d.officialUrl(), t.get("territory." + d.territory()), sources);
    }

    /** The filter links of every kind; current is the value of the filter page shown ("" on the library itself). */
    List<FilterGroup> filters(Language lang, String currentKind, String currentValue) {
        Messages t = c.t(lang);
        String libPath = libraryPage(lang).map(Page::path).orElse(lang.urlPrefix());
        List<FilterGroup> out = new ArrayList<>();
        for (String kind : DocumentFacets.KINDS) {
            List<LinkView> links = new ArrayList<>();
            for (DocumentFacets.Value v : DocumentFacets.values(kind, c.data().documents())) {
                long n = c.data().documents().stream().filter(d -> DocumentFacets.valueOf(kind, d).map(x -> x.key().equals(v.key())).orElse(false)).count();
                String label = (kind.equals("form") ? t.get("document-form." + v.key()) : v.label(lang)) + " (" + n + ")";
                boolean current = kind.equals(currentKind) && v.key().equals(currentValue);
                links.add(new LinkView(label, c.urls().href(Addresses.documentList(lang, libPath, kind, v.slug(lang))), current ? "page" : ""));
            }
            out.add(new FilterGroup(kind, t.get("documents.by-" + kind), links));
        }
        return out;
    }

    static boolean matches(LegalDocument d, String kind, String value) {
        return DocumentFacets.valueOf(kind, d).map(v -> v.key().equals(value)).orElse(false);
    }
}
