package vn.gialai.cds.outputs;

import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.sharing.Cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every page's share card (card.png beside it), drawn on another thread while the pages are rendered, and
 * copied from the cache when a card is unchanged.
 */
public final class ShareCards {
    /** How many cards were drawn (the rest came from the cache), how long it took, and each card's key by its path. */
    public record Result(int total, int drawn, long millis, Map<String, String> keys) {}

    private final Future<Result> done;

    /** Starts drawing at once; {@link #await()} waits for the last card. */
    public ShareCards(Path cacheDir, Path staging, Map<String, CardSpec> cards) {
        this(cacheDir, staging, cards, (path, key) -> false);
    }

    /** The same, leaving out each card the last site already has and keeps (see Cards.LastSite). */
    public ShareCards(Path cacheDir, Path staging, Map<String, CardSpec> cards, Cards.LastSite last) {
        this(cacheDir, staging, cards, last, Map.of());
    }

    /**
     * The same, with cards the caller already knows the last site keeps in place (their keys by their paths), which are
     * neither made nor looked at here but counted and named in the result.
     */
    public ShareCards(Path cacheDir, Path staging, Map<String, CardSpec> cards, Cards.LastSite last, Map<String, String> kept) {
        ExecutorService side = Executors.newSingleThreadExecutor();
        done = side.submit(() -> {
            long t = System.nanoTime();
            // in parallel: while the pages render, the threads share the cores with it; after, they have both
            Cards drawer = new Cards(cacheDir);
            int n = drawer.write(staging, cards, true, last);
            Map<String, String> keys = new java.util.HashMap<>(drawer.keys());
            keys.putAll(kept);
            return new Result(cards.size() + kept.size(), n, (System.nanoTime() - t) / 1_000_000, keys);
        });
        side.shutdown();
    }

    public Result await() throws IOException {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the share cards");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IOException(String.valueOf(c));
        }
    }
}
