package vn.gialai.cds.pipeline;

import vn.gialai.cds.content.Page;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rebuild may keep of the last site in out instead of writing it again: the files of an output made from what
 * the models are made from besides the bodies (pipeline/ModelInputs) and from the bodies of the pages it shows, when
 * all of these are the last site's and its files are still there (the downloads, feeds, search indexes, sitemap and
 * chart images). Each file kept is added to kept, and files/SiteOverlay leaves it in place.
 * site/RebuildAfterChangeTest holds every such decision to the bytes of a clean build.
 */
final class LastSite {
    /** The last site's render map; null when this build cannot use it (a full build). */
    private final RenderMap previous;
    private final boolean sameInputs;
    private final Path out;
    private final Set<String> kept;
    /** This build's body identity of each page, by its output file (pipeline/Rendering#bodies). */
    private final Map<String, String> bodies;

    LastSite(RenderMap previous, boolean sameInputs, Path out, Set<String> kept, Map<String, String> bodies) {
        this.previous = previous;
        this.sameInputs = previous != null && sameInputs;
        this.out = out;
        this.kept = kept;
        this.bodies = bodies;
    }

    /**
     * Keeps an output's files, made from the inputs besides the bodies and from the bodies of the pages it shows (none:
     * from the inputs alone): true when they are kept, and the output need not be written.
     */
    boolean keeps(List<String> files, Collection<Page> showing) {
        return sameInputs && showing.stream().allMatch(this::sameBody) && keepsIfThere(files);
    }

    /** Adds the files to kept and returns true when the last site in out has every one of them; otherwise false. */
    boolean keepsIfThere(List<String> files) {
        for (String f : files) if (!Files.isRegularFile(out.resolve(f), LinkOption.NOFOLLOW_LINKS)) return false;
        kept.addAll(files);
        return true;
    }

    /** Every file of the last site as its build published it; null when not known. */
    Set<String> files() {
        return previous == null ? null : previous.files();
    }

    private boolean sameBody(Page p) {
        String was = previous.body(p.outputFile());
        return was != null && was.equals(bodies.get(p.outputFile()));
    }
}
