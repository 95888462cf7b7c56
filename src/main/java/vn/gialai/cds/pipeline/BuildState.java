package vn.gialai.cds.pipeline;

import freemarker.template.Configuration;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.pages.PageModels;
import vn.gialai.cds.views.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a finished build leaves for the preview's quick path: what it loaded, and the stylesheet, scripts, photos and
 * templates it used, so one changed page can be rendered again alone.
 */
public record BuildState(Loaded loaded, BuildOptions options, String stylesheet, Map<String, String> scripts,
                         Map<String, List<NewsImages.Variant>> images, Configuration freemarker, Composition composition) {

    /** The models of this build with one page replaced by its new version (same address, type and language). */
    public PageModels modelsWith(Page changed) {
        Urls urls = new Urls(loaded.config().siteUrl(), loaded.config().basePath());
        Page before = loaded.all().stream().filter(p -> p.source().equals(changed.source())).findFirst().orElse(null);
        if (before != null && composition != null && sameButBody(before, changed)) {
            // Only the text changed: the lists, neighbours and index are those of the last build (they hold no page's
            // body, and the page's own model takes its body from the page given), so they are not made again.
            return Wiring.models(loaded, composition, urls, stylesheet, scripts, images, options.now());
        }
        List<Page> all = new ArrayList<>(loaded.all());
        all.replaceAll(p -> p.source().equals(changed.source()) ? changed : p);
        List<Page> shown = all.stream().filter(loaded.visible()).toList();
        Composition c = Composition.of(loaded.config(), loaded.messages(), loaded.indicators(), shown, loaded.data().documents());
        return Wiring.models(loaded, c, urls, stylesheet, scripts, images, options.now());
    }

    /** The same page in every header field (title, date, tags, address…); only its body may differ. */
    static boolean sameButBody(Page a, Page b) {
        return a.equals(b.withBody(a.body()));
    }
}
