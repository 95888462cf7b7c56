package vn.gialai.cds.data;

import vn.gialai.cds.vocabulary.Language;

/** A text given in both languages. */
public record Localized(String vi, String en) {
    public String in(Language lang) {
        return lang == Language.VI ? vi : en;
    }
}
