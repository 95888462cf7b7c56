package vn.gialai.cds.checks;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Nu HTML checkers set up and ready, handed from one build to the next in a process that builds many times (the
 * preview). Setting one up compiles vnu's schema: 0.2–0.3 s of CPU and much garbage on every save, for a rebuild that
 * then checks one page. A checker is handed back only after a build in which it worked without failing, and is used by
 * one thread at a time; the problems it finds go to whatever {@link Checker#reportTo} last named.
 */
public final class HtmlCheckers {
    private final boolean keep;
    private final Deque<Checker> ready = new ArrayDeque<>();

    private HtmlCheckers(boolean keep) { this.keep = keep; }

    /** Checkers for one build, dropped after it (./site build, the tests). */
    public static HtmlCheckers forOneBuild() { return new HtmlCheckers(false); }

    /** Checkers kept for the next build of this process. */
    public static HtmlCheckers kept() { return new HtmlCheckers(true); }

    /** A checker being set up ahead of need ({@link #prepare}), until a build takes it. */
    private java.util.concurrent.CompletableFuture<Checker> preparing;

    /**
     * Sets one checker up now, on a thread of its own, when none is ready: a build calls this when its pages are loaded,
     * so that the first page it renders does not wait for vnu's schema to compile (about a second in a new process).
     * The checker goes unused when no page needs checking.
     */
    public void prepare() {
        synchronized (ready) {
            if (!ready.isEmpty() || preparing != null) return;
            java.util.concurrent.CompletableFuture<Checker> f = new java.util.concurrent.CompletableFuture<>();
            preparing = f;
            Thread t = new Thread(null, () -> {
                try {
                    f.complete(new Checker());
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "html-check-setup", 256L * 1024 * 1024);
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * A checker from the last build, the one being prepared, or a new one (set up here, on the caller's thread: it needs
     * a large stack).
     */
    Checker take() throws SAXException {
        java.util.concurrent.CompletableFuture<Checker> prepared;
        synchronized (ready) {
            Checker c = ready.poll();
            if (c != null) return c;
            prepared = preparing;
            preparing = null;
        }
        if (prepared != null) {
            try {
                return prepared.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof SAXException se) throw se;
                throw new SAXException(e.getCause() instanceof Exception x ? x : e);
            }
        }
        return new Checker();
    }

    /** A checker whose last page was checked without a failure, for the next build. */
    void giveBack(Checker c) {
        if (!keep) return;
        c.reportTo(null);
        synchronized (ready) { ready.push(c); }
    }

    /** How many checkers wait for the next build (for tests). */
    int ready() {
        synchronized (ready) { return ready.size(); }
    }

    /** vnu's validator with the schema of HTML and RDFa Lite, as validator.w3.org/nu checks a page. */
    static final class Checker {
        final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private volatile ErrorHandler target;

        private Checker() throws SAXException {
            ErrorHandler relay = new ErrorHandler() {
                @Override public void warning(SAXParseException e) throws SAXException { if (target != null) target.warning(e); }
                @Override public void error(SAXParseException e) throws SAXException { if (target != null) target.error(e); }
                @Override public void fatalError(SAXParseException e) throws SAXException { if (target != null) target.fatalError(e); }
            };
            try {
                validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", relay);
                validator.setUpValidatorAndParsers(relay, true, false);
            } catch (SAXException e) {
                throw e;
            } catch (Exception e) {
                throw new SAXException(e);
            }
        }

        /** Where the problems of the pages checked from now on go. */
        void reportTo(ErrorHandler handler) { this.target = handler; }
    }
}
