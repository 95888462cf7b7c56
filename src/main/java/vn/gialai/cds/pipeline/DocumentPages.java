package vn.gialai.cds.pipeline;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.views.DocumentFacets;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.vocabulary.Addresses;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The documents library's pages made from data/documents.json, under the documents page of each language: one page
 * per document ("van-ban/kh-1331-kh-ubnd/") and one pre-built filter page per form, issuing body and year
 * ("van-ban/loai/ke-hoach/", "van-ban/co-quan/…/", "van-ban/nam/2022/"), so filtering needs no JavaScript.
 */
final class DocumentPages {
    static Map<Language, List<Page>> pages(List<LegalDocument> documents, SiteIndex content, Map<Language, Messages> messages) {
        Map<Language, List<Page>> out = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            List<Page> list = new ArrayList<>();
            var library = content.ofType(lang, PageType.DOCUMENTS).stream().findFirst();
            if (library.isPresent()) {
                Page lib = library.get();
                Messages t = messages.get(lang);
                for (LegalDocument d : documents) {
                    String path = Addresses.documentPage(lib.path(), d.id());
                    String title = d.number() == null ? d.title().in(lang) : d.number() + ": " + d.title().in(lang);
                    LocalDate date = d.date() == null ? lib.date() : LocalDate.parse(d.date());
                    list.add(new Page(lang, DataLoader.DOCUMENTS, PageType.DOCUMENT, "published", "document-" + d.id(), date, title,
                            IndicatorPages.shorten(d.description().in(lang)), 0, Map.of("document", d.id()), path, path + "index.html", ""));
                }
                for (String kind : DocumentFacets.KINDS) {
                    for (DocumentFacets.Value v : DocumentFacets.values(kind, documents)) {
                        String path = Addresses.documentList(lang, lib.path(), kind, v.slug(lang));
                        String label = kind.equals("form") ? t.get("document-form." + v.key()) : v.label(lang);
                        String title = t.get("documents.filter-title", lib.title(), label);
                        list.add(new Page(lang, DataLoader.DOCUMENTS, PageType.DOCUMENT_LIST, "published", v.translationKey(), lib.date(),
                                title, lib.summary(), 0, Map.of("filter", kind, "value", v.key()), path, path + "index.html", ""));
                    }
                }
            }
            out.put(lang, list);
        }
        return out;
    }

    private DocumentPages() {}
}
