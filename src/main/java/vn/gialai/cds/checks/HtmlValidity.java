package vn.gialai.cds.checks;

import vn.gialai.cds.files.AtomicFiles;

import vn.gialai.cds.files.Hashes;

import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.problems.Problems;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Nu HTML Checker (vnu, the engine of validator.w3.org/nu) on every page about to be published. Pages whose
 * exact bytes were found valid before are not checked again (their hashes are kept in a cache file), so a rebuild
 * checks only what changed.
 *
 * <p>The build starts a {@link Session} before rendering and offers each page as soon as it is written: one checker
 * works beside the rendering (which uses both cores for news and data pages); when rendering is over a second checker joins, and
 * {@link Session#finish} checks whatever HTML was not offered (so nothing in the output escapes the check).
 */
public final class HtmlValidity {
    private static final String END = "\u0000end";
    private final Path cacheFile;
    private final int keep;
    private final HtmlCheckers checkers;

    /**
     * @param cacheFile the verdicts kept between builds: the hashes of pages found valid, those of the last build's
     *                  pages first, then older ones (another output folder's, the preview's) in the order they were last
     *                  seen, at most 20,000 or three times the site's pages, so the file does not grow with every edit
     * @param checkers  where the checkers come from and go back to (HtmlCheckers#kept in the preview)
     */
    public HtmlValidity(Path cacheFile, HtmlCheckers checkers) { this(cacheFile, 20_000, checkers); }

    HtmlValidity(Path cacheFile, int keepAtLeast) { this(cacheFile, keepAtLeast, HtmlCheckers.forOneBuild()); }

    private HtmlValidity(Path cacheFile, int keepAtLeast, HtmlCheckers checkers) {
        this.cacheFile = cacheFile;
        this.keep = keepAtLeast;
        this.checkers = checkers;
    }

    /** @return how many pages were checked (the rest were unchanged and known valid) */
    public int run(OutputSite site, Map<String, String> sourceOf, Problems problems) throws IOException {
        Session s = start(site.root(), sourceOf);
        return s.finish(site, problems);
    }

    /** Starts one checker at once on the pages {@link Session#offer offered} from now on. */
    public Session start(Path root, Map<String, String> sourceOf) throws IOException {
        return start(vn.gialai.cds.files.BuiltFiles.of(root), sourceOf);
    }

    /** The same for a site whose files are partly kept from the last one (files/BuiltFiles). */
    public Session start(vn.gialai.cds.files.BuiltFiles files, Map<String, String> sourceOf) throws IOException {
        return new Session(files, sourceOf);
    }

    public final class Session {
        private final vn.gialai.cds.files.BuiltFiles files;
        private final Map<String, String> sourceOf;
        private final Set<String> known = new java.util.LinkedHashSet<>();
        private final Set<String> offered = new HashSet<>();
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private final List<List<Problem>> found = new ArrayList<>();
        private final AtomicInteger checked = new AtomicInteger();
        private volatile Throwable failure;

        private Session(vn.gialai.cds.files.BuiltFiles files, Map<String, String> sourceOf) throws IOException {
            this.files = files;
            this.sourceOf = sourceOf;
            if (Files.isRegularFile(cacheFile)) known.addAll(Files.readAllLines(cacheFile, StandardCharsets.UTF_8));
            startChecker();
        }

        private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * The content hash (files/Hashes) of each page's bytes the checker has read so far, by its path in the output: the link check takes
         * them instead of hashing the same bytes again (checks/OutputSite's knownHashes).
         */
        public Map<String, String> hashesSoFar() { return Map.copyOf(hashes); }

        /** A page just written (its path in the output, "en/news/x/index.html"), to be checked now. */
        public void offer(String page) {
            synchronized (offered) {
                if (!offered.add(page)) return;
            }
            queue.add(page);
        }

        /**
         * Checks every HTML page of the site not offered yet (with a second checker when many are left), waits for the
         * last verdict, adds the problems and saves the verdicts; returns how many pages were checked.
         */
        public int finish(OutputSite site, Problems problems) throws IOException {
            for (String page : site.pageList()) {
                String h = site.hash(page); // known when the page's bytes were read, or taken unchanged, for the link check
                boolean valid;
                synchronized (known) { valid = h != null && known.contains(h); }
                if (!valid) offer(page);
            }
            if (queue.size() > 40) startChecker();
            for (int i = 0; i < threads.size(); i++) queue.add(END);
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                problems.add("build", "the HTML checker could not run (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ").");
                return checked.get();
            }
            found.forEach(list -> list.forEach(problems::add));
            if (checked.get() > 0) {
                int cap = Math.max(keep, 3 * site.pageList().size());
                Set<String> lines = new java.util.LinkedHashSet<>();
                synchronized (known) {
                    for (String page : site.pageList()) {
                        String h = hashes.getOrDefault(page, site.hash(page));
                        if (h != null && known.contains(h)) lines.add(h); // this build's pages first
                    }
                    for (String h : known) {
                        if (lines.size() >= cap) break;
                        lines.add(h); // then the others, as they were last seen
                    }
                }
                AtomicFiles.write(cacheFile, tmp -> Files.write(tmp, lines, StandardCharsets.UTF_8));
            }
            return checked.get();
        }

        /** Stops the checkers without a verdict (the build failed before its checks). */
        public void cancel() {
            queue.clear();
            for (int i = 0; i < threads.size(); i++) queue.add(END);
        }

        /** A checker on a thread with a large stack (vnu's schema compiler recurses deeply). */
        private void startChecker() {
            List<Problem> local = new ArrayList<>();
            found.add(local);
            Thread t = new Thread(null, () -> check(local), "html-check-" + threads.size(), 256L * 1024 * 1024);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }

        private void check(List<Problem> local) {
            try {
                String[] current = {""};
                boolean[] bad = {false};
                ErrorHandler handler = new ErrorHandler() {
                    @Override public void warning(SAXParseException e) { }
                    @Override public void error(SAXParseException e) {
                        bad[0] = true;
                        local.add(Problem.in(sourceOf.getOrDefault(current[0], current[0]), "is not valid HTML in " + current[0]
                                + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage()
                                + " Fix the template or the text."));
                    }
                    @Override public void fatalError(SAXParseException e) { error(e); }
                };
                HtmlCheckers.Checker checker = null;
                for (String page = queue.take(); !page.equals(END); page = queue.take()) {
                    Path file = files.file(page);
                    String h = hash(Files.readAllBytes(file));
                    hashes.put(page, h);
                    synchronized (known) {
                        if (known.contains(h)) continue;
                    }
                    if (checker == null) {
                        checker = checkers.take();
                        checker.reportTo(handler);
                    }
                    current[0] = page;
                    bad[0] = false;
                    checker.validator.checkHtmlFile(file.toFile(), true);
                    checked.incrementAndGet();
                    if (!bad[0]) synchronized (known) { known.add(h); }
                }
                if (checker != null) checkers.giveBack(checker);
            } catch (Throwable t2) {
                failure = t2;
                queue.clear();
            }
        }
    }

    static String hash(byte[] bytes) {
        return Hashes.of(bytes);
    }
}
