package vn.gialai.cds.views;

import vn.gialai.cds.content.Slugs;
import vn.gialai.cds.data.LegalDocument;
import vn.gialai.cds.vocabulary.DocumentForm;
import vn.gialai.cds.vocabulary.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the documents library is filtered, defined once: by form, by issuing body and by year of issue. The build makes
 * one page per value that some document has (pipeline/DocumentPages); the library and each filter page link to all of
 * them (pages/DocumentsSlice).
 */
public final class DocumentFacets {
    /** The kinds of filter, in the order the library shows them; also the address words' keys (vocabulary/Addresses). */
    public static final List<String> KINDS = List.of("form", "issuer", "year");

    /** One value of a filter: its address slug (the same key in both languages) and its label in each language. */
    public record Value(String kind, String key, String slugVi, String slugEn, String labelVi, String labelEn) {
        public String slug(Language lang) { return lang == Language.VI ? slugVi : slugEn; }
        public String label(Language lang) { return lang == Language.VI ? labelVi : labelEn; }
        public String translationKey() { return "documents-" + kind + "-" + key; }
    }

    /** The values of one kind that documents have, in a stable order (forms as the vocabulary, issuers by name, years newest first). */
    public static List<Value> values(String kind, List<LegalDocument> documents) {
        Map<String, Value> out = new TreeMap<>();
        for (LegalDocument d : documents) valueOf(kind, d).ifPresent(v -> out.putIfAbsent(v.key(), v));
        List<Value> list = new ArrayList<>(out.values());
        switch (kind) {
            case "form" -> list.sort(Comparator.comparing(v -> DocumentForm.fromId(v.key()).orElseThrow().ordinal()));
            case "year" -> list.sort(Comparator.comparing(Value::key).reversed());
            default -> { }
        }
        return list;
    }

    /** The value a document has for a kind of filter; empty when it has none (a document whose issue date is not known has no year). */
    public static Optional<Value> valueOf(String kind, LegalDocument d) {
        return switch (kind) {
            case "form" -> Optional.of(new Value("form", d.form(), DocumentForm.fromId(d.form()).orElseThrow().vietnameseSlug(), d.form(),
                    d.form(), d.form()));
            case "issuer" -> {
                String vi = Slugs.slugify(d.issuer().vi());
                yield Optional.of(new Value("issuer", vi, vi, Slugs.slugify(d.issuer().en()), d.issuer().vi(), d.issuer().en()));
            }
            case "year" -> d.date() == null ? Optional.empty()
                    : Optional.of(new Value("year", d.date().substring(0, 4), d.date().substring(0, 4), d.date().substring(0, 4),
                    d.date().substring(0, 4), d.date().substring(0, 4)));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private DocumentFacets() {}
}
