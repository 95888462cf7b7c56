package vn.gialai.cds.sharing;

import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.CachedCopies;

import vn.gialai.cds.files.Hashes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes every page's share card, in parallel, through a cache keyed by the card's content: a card whose
 * page did not change is taken from the cache (files/CachedCopies), not drawn again (what keeps the preview's rebuilds fast).
 */
public final class Cards {
    private final Path cacheDir;
    private int drawn;

    public Cards(Path cacheDir) { this.cacheDir = cacheDir; }

    /** Writes each card to out/&lt;path&gt;; returns how many were drawn (the rest came from the cache). */
    public int write(Path out, Map<String, CardSpec> byPath) throws IOException {
        return write(out, byPath, true);
    }

    /** parallel=false draws on the calling thread only (the build runs it beside JBake's single-threaded rendering). */
    public int write(Path out, Map<String, CardSpec> byPath, boolean parallel) throws IOException {
        return write(out, byPath, parallel, (path, key) -> false);
    }

    /**
     * Whether the last site has a card already: given a card's path and {@link #key}, true when the file the last site
     * has there holds exactly that card and stays as it is (files/SiteOverlay); such a card is not written at all.
     */
    public interface LastSite {
        boolean keeps(String path, String key);
    }

    /** The key of a card in the cache (and in the render map): the hash of everything drawn on it. */
    public static String key(CardSpec spec) { return hash(spec.fingerprint()); }

    /** Each card's {@link #key} by its path, as the last {@link #write} worked it out. */
    public Map<String, String> keys() { return keys; }

    private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

    public int write(Path out, Map<String, CardSpec> byPath, boolean parallel, LastSite last) throws IOException {
        Files.createDirectories(cacheDir);
        drawn = 0;
        keys.clear();
        try {
            var entries = parallel ? byPath.entrySet().parallelStream() : byPath.entrySet().stream();
            entries.forEach(e -> {
                try {
                    String key = key(e.getValue());
                    keys.put(e.getKey(), key);
                    if (last.keeps(e.getKey(), key)) return;
                    Path target = out.resolve(e.getKey());
                    Files.createDirectories(target.getParent());
                    Path cached = cacheDir.resolve(key + ".png");
                    if (!Files.isRegularFile(cached)) {
                        byte[] png = CardRenderer.draw(e.getValue()).png();
                        AtomicFiles.write(cached, png);
                        synchronized (this) { drawn++; }
                    }
                    CachedCopies.put(cached, target);
                } catch (IOException ex) {
                    throw new UncheckedIOException(new IOException("share card " + e.getKey() + ": " + ex, ex));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return drawn;
    }

    static String hash(String s) {
        return Hashes.of(s).substring(0, 24);
    }
}
