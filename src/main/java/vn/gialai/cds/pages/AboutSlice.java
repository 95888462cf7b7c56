package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.indicators.Period;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.List;

/** Who publishes the site and how figures are sourced, then every source a figure can cite (data/sources.json). */
public final class AboutSlice implements Slice {
    /**
     * One entry of the list of sources; anchor is what "source:" links and figures point at. name is the source's short
     * name in the page's language; publisher is empty when the name already says it; titleLang is the language of the source's own title when it is not the page's (for
     * its lang attribute), else empty; note is in the page's language.
     */
    public record SourceView(String id, String anchor, String name, String title, String titleLang, String publisher, String date,
                             String url, String note) {}

    public record AboutView(List<SourceView> sources) {}

    private final PageContext c;

    AboutSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.ABOUT; }

    @Override
    public AboutView view(Page page) {
        Language lang = page.lang();
        Messages t = c.t(lang);
        List<SourceView> out = new ArrayList<>();
        for (Source s : c.data().sources().values()) {
            String name = s.shortName(lang);
            out.add(new SourceView(s.id(), "source-" + s.id(), name, s.title(),
                    lang.code().equals(s.titleLanguage()) ? "" : s.titleLanguage(), publisherUnlessNamed(s.publisher(), name),
                    s.date() == null ? t.get("sources.date-unknown") : Period.parse(s.date()).label(lang), s.url(),
                    s.note() == null ? "" : s.note().in(lang)));
        }
        return new AboutView(out);
    }

    /** The publisher, unless the short name already says it ("Báo Gia Lai" for "Báo Gia Lai (baogialai.com.vn)"). */
    static String publisherUnlessNamed(String publisher, String name) {
        if (publisher == null) return "";
        return publisher.startsWith(name) ? "" : publisher;
    }
}
