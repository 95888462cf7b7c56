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
                    .mapToObj(k -> headers(all.subList(k * all.size() / slices, (k + 1) * all.size() / slices)))
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
     * The content hash (files/Hashes) of these pages' headers: every component of each page but its body, written out one by one (the
     * header fields in the order of their names) rather than walked by reflection as a model is, which took a quarter
     * of a second for 4,000 pages. ModelInputsTest fails when Page gains a component this does not write.
     */
    static String headers(List<Page> pages) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(pages.size() * 1024);
        // the caches' plain form (files/CacheData): each text with its length first, so no two lists write the same bytes
        vn.gialai.cds.files.CacheData.Out out = new vn.gialai.cds.files.CacheData.Out(bytes);
        try {
            for (Page p : pages) {
                for (String t : new String[] {p.lang().code(), p.source(), p.type() == null ? null : p.type().id(), p.status(),
                        p.translationKey(), p.date() == null ? null : p.date().toString(), p.title(), p.summary(),
                        Integer.toString(p.order()), p.path(), p.outputFile()}) {
                    out.text(t);
                }
                out.list(new TreeMap<>(p.fields()).entrySet(), (o, field) -> {
                    o.text(field.getKey());
                    o.text(field.getValue());
                });
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // not from memory
        }
        return vn.gialai.cds.files.Hashes.of(bytes.toByteArray());
    }

    /**
     * The identity of a page's body (content/Body#identity: the content hash (files/Hashes) of its HTML, kept with a body taken from the
     * Markdown cache; "-" for a page without one).
     */
    static String body(Page p) {
        return p.body() == null ? "-" : p.body().identity();
    }

    private ModelInputs() {}
}
