package vn.gialai.cds.checks;

import vn.gialai.cds.files.AtomicFiles;

import vn.gialai.cds.files.Hashes;

import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.problems.Problems;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Nu HTML Checker (vnu, the engine of validator.w3.org/nu) on every page about to be published. Pages whose
 * exact bytes were found valid before are not checked again (their hashes are kept in a cache file), so a rebuild
 * checks only what changed.
 */
public final class HtmlValidity {
    private final Path cacheFile;

    public HtmlValidity(Path cacheFile) { this.cacheFile = cacheFile; }

    /** @return how many pages were checked (the rest were unchanged and known valid) */
    public int run(OutputSite site, Map<String, String> sourceOf, Problems problems) throws IOException {
        Set<String> known = new TreeSet<>();
        if (Files.isRegularFile(cacheFile)) known.addAll(Files.readAllLines(cacheFile, StandardCharsets.UTF_8));
        List<String> toCheck = new ArrayList<>();
        Map<String, String> hashes = new java.util.HashMap<>();
        for (String page : site.facts().keySet()) {
            String h = hash(Files.readAllBytes(site.root().resolve(page)));
            hashes.put(page, h);
            if (!known.contains(h)) toCheck.add(page);
        }
        if (toCheck.isEmpty()) return 0;
        // Two checkers, one per core, each on a thread with a large stack (its schema compiler recurses deeply).
        int workers = toCheck.size() > 40 ? 2 : 1;
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = {null};
        List<List<Problem>> found = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            List<String> mine = new ArrayList<>();
            for (int i = w; i < toCheck.size(); i += workers) mine.add(toCheck.get(i));
            List<Problem> local = new ArrayList<>();
            found.add(local);
            Thread t = new Thread(null, () -> {
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
                    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
                    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
                    validator.setUpValidatorAndParsers(handler, true, false);
                    for (String page : mine) {
                        current[0] = page;
                        bad[0] = false;
                        validator.checkHtmlFile(site.root().resolve(page).toFile(), true);
                        if (!bad[0]) synchronized (known) { known.add(hashes.get(page)); }
                    }
                } catch (Throwable t2) {
                    synchronized (failure) { failure[0] = t2; }
                }
            }, "html-check-" + w, 256L * 1024 * 1024);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure[0] != null) {
            problems.add("build", "the HTML checker could not run (" + failure[0].getClass().getSimpleName() + ": " + failure[0].getMessage() + ").");
            return toCheck.size();
        }
        found.forEach(list -> list.forEach(problems::add));
        AtomicFiles.write(cacheFile, tmp -> Files.write(tmp, known, StandardCharsets.UTF_8));
        return toCheck.size();
    }

    static String hash(byte[] bytes) {
        return Hashes.sha256(bytes);
    }
}
