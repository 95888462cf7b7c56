package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file from one of the build's caches (a share card, a chart's picture, a resized news photo) put into the site being
 * built: as a second name of the cached file (a hard link) where the file system allows it, else as a copy.
 *
 * <p>A cached file never changes once it has its name: it is written whole under another name and then moved into place
 * (AtomicFiles), and its name is the hash of what it shows. So the two names always hold the same bytes, and the build
 * does not write them twice: at 2,000 articles per language, 4,344 cards of 121 MB a build (bench/NOTES.md, "Smaller
 * cards, one content hash"). Nothing outside the build shares them: publishing to a folder copies the bytes
 * (publish/SitePublisher), rsync sends them.
 */
public final class CachedCopies {
    /** Puts cached at target, replacing whatever target was. */
    public static void put(Path cached, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, cached);
        } catch (FileSystemException | UnsupportedOperationException e) {
            // another file system than the cache's, or one without hard links
            Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private CachedCopies() {}
}
