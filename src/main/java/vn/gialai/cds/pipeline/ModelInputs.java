package vn.gialai.cds.pipeline;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.news.NewsImages;
import vn.gialai.cds.pages.ModelFingerprint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every page's model is made from (pipeline/Wiring#models), split in two: the pages' bodies, and everything else
 * (the settings, the data, the indicators and their assessments, every page's header fields, which pages are shown,
 * the stylesheet, scripts and photos, the build's day). The messages and templates are the render map's state.
 *
 * <p>A page's body is shown on its own page only (the lists, neighbours, menus and cards of other pages show header
 * fields: title, summary, date, tags…; pages/BodyStaysHomeTest holds every page type to it). So when everything but
 * the bodies is as the last build left it, a page whose body is also the same has the same model, and the build takes
 * it from the last site without making its model at all (pipeline/Rendering): this is the dependency map's rule for
 * the most common edit, a change to an article's text. Any other change makes every model again and compares their
 * fingerprints (pipeline/RenderMap).
 */
final class ModelInputs {
    private static final String FORMAT = "model-inputs-2";

    /** The fingerprint of everything the models are made from besides the bodies; null if some part cannot be walked. */
    static String besideBodies(Loaded in, String stylesheet, Map<String, String> scripts,
                               Map<String, List<NewsImages.Variant>> images, LocalDate now) {
        try {
            // thousands of headers: fingerprinted on both cores, a slice at a time, the slices' fingerprints in order
            List<Page> all = in.all();
            int slices = 16;
            List<String> headers = java.util.stream.IntStream.range(0, slices).parallel()
                    .mapToObj(k -> ModelFingerprint.of(all.subList(k * all.size() / slices, (k + 1) * all.size() / slices)
                            .stream().map(p -> p.withBody(null)).toList()))
                    .toList();
            List<String> shown = in.shown().stream().map(Page::source).toList();
            Map<String, String> settings = new TreeMap<>();
            in.config().properties().forEach((k, v) -> settings.put(String.valueOf(k), String.valueOf(v)));
            return ModelFingerprint.of(FORMAT, in.config().projectDir().toString(), in.config().siteUrl(), settings, in.data(),
                    in.indicators(), new TreeMap<>(in.assessments()), headers, shown, stylesheet, new TreeMap<>(scripts),
                    new TreeMap<>(images), now);
        } catch (ModelFingerprint.NotFingerprintable e) {
            return null; // every model is made and compared, as without this rule
        }
    }

    /**
     * The identity of a page's body (content/Body#identity: the SHA-256 of its HTML, kept with a body taken from the
     * Markdown cache; "-" for a page without one).
     */
    static String body(Page p) {
        return p.body() == null ? "-" : p.body().identity();
    }

    private ModelInputs() {}
}
