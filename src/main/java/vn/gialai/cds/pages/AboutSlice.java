package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.List;

/** Who publishes the site and how figures are sourced, then every source a figure can cite (data/sources.json). */
public final class AboutSlice implements Slice {
    /** One entry of the list of sources; anchor is what "source:" links and figures point at. */
    public record SourceView(String id, String anchor, String title, String publisher, String date, String url, String note) {}

    public record AboutView(List<SourceView> sources) {}

    private final PageContext c;

    AboutSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.ABOUT; }

    @Override
    public AboutView view(Page page) {
        Language lang = page.lang();
        Formats f = new Formats(lang);
        Messages t = c.t(lang);
        List<SourceView> out = new ArrayList<>();
        for (Source s : c.data().sources().values()) {
            out.add(new SourceView(s.id(), "source-" + s.id(), s.title(), s.publisher(),
                    s.date() == null ? t.get("sources.date-unknown") : f.period(s.date()), s.url(),
                    s.note() == null ? "" : s.note()));
        }
        return new AboutView(out);
    }
}
