package vn.gialai.cds.publish;

import vn.gialai.cds.files.SiteOverlay;
import vn.gialai.cds.files.SiteSwap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The last step: a fully built and checked staging folder takes the place of the published one.
 * Until then the published site is not touched, so a failed build leaves it exactly as it was.
 */
public final class Publisher {

    public static Path stagingFor(Path out) {
        return SiteSwap.staging(out);
    }

    /** Rename-based and crash-safe: see {@link SiteSwap#swap}. */
    public static void publish(Path staging, Path out) throws IOException {
        SiteSwap.swap(staging, out);
    }

    /**
     * Publishes a rebuild's staging folder, which holds only what it wrote, over out, where kept names the files it
     * keeps as they are; every other file of out is deleted: those of last, the files the last build published there
     * (null: out is listed). Crash-safe by a journal: see {@link SiteOverlay}. Returns the files of the site now in out.
     */
    public static java.util.Set<String> publishChanges(Path staging, Path out, java.util.Collection<String> kept,
                                                        java.util.Collection<String> last) throws IOException {
        return SiteOverlay.apply(staging, out, kept, last);
    }

    public static void deleteTree(Path dir) throws IOException {
        SiteSwap.deleteTree(dir);
    }

    private Publisher() {}
}
