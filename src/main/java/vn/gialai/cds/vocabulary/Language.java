package vn.gialai.cds.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** The site's two languages. Vietnamese is first: it lives at the site root, English under /en/. */
public enum Language {
    VI("vi", "vi_VN", ""),
    EN("en", "en_US", "en/");

    private final String code;
    private final String ogLocale;
    private final String urlPrefix;

    Language(String code, String ogLocale, String urlPrefix) {
        this.code = code;
        this.ogLocale = ogLocale;
        this.urlPrefix = urlPrefix;
    }

    public String code() { return code; }
    public String ogLocale() { return ogLocale; }
    /** The folder of this language in the output, relative to the site root ("" or "en/"). */
    public String urlPrefix() { return urlPrefix; }
    public Locale locale() { return Locale.forLanguageTag(code); }

    public Language other() { return this == VI ? EN : VI; }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) if (l.code.equals(code)) return Optional.of(l);
        return Optional.empty();
    }
}
