package vn.gialai.cds.pipeline;

import vn.gialai.cds.checks.FactsCache;
import vn.gialai.cds.checks.HtmlCheckers;
import vn.gialai.cds.checks.PageFacts;
import vn.gialai.cds.content.ContentCache;
import vn.gialai.cds.content.SourceMemo;
import vn.gialai.cds.files.FileMemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a long-running process (the preview) keeps in memory from one build to the next, so that a rebuild after one
 * save does not read again what it already knows: what each unchanged Markdown file gave (content/SourceMemo), the
 * Markdown cache and the link check's facts as this process last read or wrote them (files/FileMemo). Every part is
 * used only while the file it came from is unchanged on the disk, so a build with memory writes the same site as one
 * without (site/RebuildAfterChangeTest builds both ways).
 *
 * <p>With memory, the caches are written to the disk for the next process after the build has published, by one writer
 * thread, a newer version of a cache taking the place of one not yet written: the preview shows a save without waiting
 * for tens of megabytes to reach the disk. The writer then collects the garbage of the build, while the editor reads.
 * {@link #settle} waits for both (the preview, before it stops).
 */
public final class BuildMemory {
    /** No memory: every build reads its caches and files, and writes its caches before it returns (./site build). */
    static final BuildMemory NONE = new BuildMemory(false);

    private final boolean kept;
    /** What each Markdown file gave, while it is unchanged; null without memory. */
    final SourceMemo sources;
    final FileMemo<Map<String, ContentCache.Entry>> contentCache = new FileMemo<>();
    final FileMemo<Map<String, PageFacts>> facts = new FileMemo<>();
    private final FileMemo<RenderMap> renderMap = new FileMemo<>();

    /** The render map as this process last read or wrote it (files/FileMemo); null without memory. */
    FileMemo<RenderMap> renderMap() { return kept ? renderMap : null; }

    /** The Nu HTML checkers, set up once (checks/HtmlCheckers); null without memory. */
    private final HtmlCheckers htmlCheckers;

    /** The HTML checkers for this build: with memory, those of the last build; otherwise new ones. */
    HtmlCheckers htmlCheckers() {
        return kept ? htmlCheckers : HtmlCheckers.forOneBuild();
    }

    /** The data and indicators as last loaded, while every file under data/ is unchanged. */
    private final vn.gialai.cds.files.FilesMemo<Loaded.Data> data = new vn.gialai.cds.files.FilesMemo<>();

    /** Caches waiting for the writer, by name; guarded by this. */
    private final Map<String, Runnable> waiting = new LinkedHashMap<>();
    private boolean writing;

    private BuildMemory(boolean kept) {
        this.kept = kept;
        this.sources = kept ? new SourceMemo() : null;
        this.htmlCheckers = kept ? HtmlCheckers.kept() : null;
    }

    /** Memory for a process that builds the same project many times (the preview). */
    public static BuildMemory kept() { return new BuildMemory(true); }

    /** What the last build took from a body (its search text), with the body it was taken from. */
    private record FromBody(vn.gialai.cds.content.Body body, String value) {}

    /**
     * The start of a page's body text for the search index (search/SearchIndex#bodyText): with memory, taken from the
     * last build when the page's body is the very object it was then (an unchanged file's body comes from the Markdown
     * cache kept in memory), so the thousands of unchanged bodies are not made into text again after every save.
     */
    String searchBodyText(vn.gialai.cds.content.Page page) {
        vn.gialai.cds.content.Body body = page.body();
        if (!kept || body == null) return vn.gialai.cds.search.SearchIndex.bodyText(page);
        FromBody known = texts.get(page.outputFile());
        if (known != null && known.body() == body) return known.value();
        String text = vn.gialai.cds.search.SearchIndex.bodyText(page);
        texts.put(page.outputFile(), new FromBody(body, text));
        return text;
    }

    /** Each page's search text by its output file, while its body is the same object. */
    private final Map<String, FromBody> texts = new java.util.concurrent.ConcurrentHashMap<>();

    /** Forgets the bodies of pages no longer there. */
    void retainBodies(java.util.Set<String> outputFiles) {
        if (!kept) return;
        texts.keySet().retainAll(outputFiles);
    }

    /**
     * The project's data and indicators (data/): with memory, as the last build loaded them while no file under data/
     * changed (and that load found no problem); otherwise loaded now.
     */
    Loaded.Data data(java.nio.file.Path project, java.util.function.Supplier<Loaded.Data> load) {
        if (!kept) return load.get();
        return data.read(project.resolve("data"), load, d -> d.problems().isEmpty() && d.problems().warnings().isEmpty());
    }

    /** The Markdown cache kept in this file, read on a thread of its own (from memory when it is unchanged). */
    CompletableFuture<ContentCache> contentCache(java.nio.file.Path file) {
        return beside("content-cache-read", () -> ContentCache.read(file, kept ? contentCache : null));
    }

    /** True when the memo of the Markdown files is kept in memory (the preview's), not read from its file and written back. */
    boolean keepsSources() { return kept; }

    /** The memo of the Markdown files: with memory, the one kept in it; otherwise the one in this file, read on a thread of its own. */
    CompletableFuture<SourceMemo> sourceMemo(java.nio.file.Path file) {
        return kept ? CompletableFuture.completedFuture(sources) : beside("source-memo-read", () -> SourceMemo.read(file));
    }

    /** The link check's facts kept in this file, read on a thread of its own (from memory when it is unchanged). */
    CompletableFuture<FactsCache> facts(java.nio.file.Path file) {
        return beside("facts-cache-read", () -> FactsCache.read(file, kept ? facts : null));
    }

    /**
     * Writes a cache beside the rest of the build: without memory on a thread of its own, added to saving (joined before
     * the build returns); with memory, by the writer once the build has ended (a write of the same name not yet started
     * is dropped).
     * write must not throw.
     */
    void save(String name, Runnable write, List<CompletableFuture<Void>> saving) {
        if (!kept) {
            saving.add(beside(name, () -> {
                write.run();
                return null;
            }));
            return;
        }
        synchronized (this) {
            waiting.put(name, write);
        }
    }

    /** The build has ended (published or failed): the writer starts on the caches given to it, if it is not at work. */
    void buildEnded() {
        synchronized (this) {
            if (writing || waiting.isEmpty()) return;
            writing = true;
        }
        Thread t = new Thread(this::drain, "cache-writer");
        t.setDaemon(true);
        t.start();
    }

    private void drain() {
        boolean collected = false;
        while (true) {
            Runnable next = null;
            synchronized (this) {
                if (!waiting.isEmpty()) {
                    String name = waiting.keySet().iterator().next();
                    next = waiting.remove(name);
                } else if (collected) {
                    writing = false;
                    notifyAll();
                    return;
                }
            }
            if (next == null) {
                // Every cache is on the disk and the editor is reading the page: the last build's garbage is collected
                // now rather than in a full collection in the middle of the next save (a quarter of a second at 2,000
                // articles per language, every other save; bench/NOTES.md, "the preview under 1 s").
                System.gc();
                collected = true;
                continue;
            }
            collected = false;
            try {
                next.run();
            } catch (RuntimeException e) {
                // a cache not written costs the next process time, nothing else
            }
        }
    }

    /** Waits until every cache given to the writer is on the disk (at most timeoutMillis). */
    public synchronized void settle(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (writing) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) return;
            wait(left);
        }
    }

    /**
     * Work on a thread of its own (not the shared pool: on 2 cores that is one thread, which the parallel streams of
     * the render need), as a future; the work must not throw.
     */
    static <T> CompletableFuture<T> beside(String name, java.util.function.Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> f.complete(work.get()), name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The names of the caches waiting for the writer (for tests). */
    synchronized List<String> waiting() { return new ArrayList<>(waiting.keySet()); }
}
