package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * The files of the site being built, as the checks and the host's configuration see them: those this build wrote into
 * its staging folder, and those it keeps unchanged from the last site (files/SiteOverlay). By path in the output,
 * with '/'. Without kept files (a full build) it is simply the staging folder.
 */
public final class BuiltFiles {
    private final Path staging;
    private final Path last;
    private final Set<String> kept;

    private BuiltFiles(Path staging, Path last, Set<String> kept) {
        this.staging = staging;
        this.last = last;
        this.kept = kept;
    }

    /** A site that is all in one folder. */
    public static BuiltFiles of(Path root) { return new BuiltFiles(root, root, Set.of()); }

    /** Staging plus the files of last named in kept (a live set: files kept later are seen too). */
    public static BuiltFiles of(Path staging, Path last, Set<String> kept) { return new BuiltFiles(staging, last, kept); }

    /** Where this build writes. */
    public Path staging() { return staging; }

    /** Where a file of the new site is to be read from now. */
    public Path file(String path) { return kept.contains(path) ? last.resolve(path) : staging.resolve(path); }

    /** The files kept from the last site. */
    public Collection<String> kept() { return kept; }

    /** Every file of the new site, in no order (the thousands kept not sorted for a caller that looks for a few). */
    public Set<String> unsorted() throws IOException {
        Set<String> all = new java.util.HashSet<>(SiteOverlay.files(staging));
        all.addAll(kept);
        return all;
    }
}
