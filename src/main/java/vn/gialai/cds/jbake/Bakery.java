package vn.gialai.cds.jbake;

import vn.gialai.cds.config.SiteConfig;

import freemarker.template.Configuration;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.pages.PageModels;

import java.nio.file.Path;
import java.util.Map;

/**
 * One JBake bake per language, in this JVM: JBake crawls content/&lt;lang&gt;, keeps the documents it is told to in
 * its in-memory store (pipeline/Rendering chooses the pages editors write, news aside) and renders each with the
 * template its type names. JBake has no idea of languages,
 * so each language is its own bake with its own store (bakes run one after the other: JBake keeps
 * static state). The pages' models are made before the bakes, on the thread that asks for them (see
 * {@link #modelsMadeNow}), so that the bakes themselves may run on a thread of their own.
 */
public final class Bakery {
    private static final PrebuiltMarkdownEngine MARKDOWN = new PrebuiltMarkdownEngine();
    private static boolean registered;

    static {
        Logging.quiet();
    }

    private final SiteConfig config;
    private final Configuration freemarker;
    private final java.util.function.Function<Page, PageModels.Model> models;
    private final Map<Language, Messages> messages;

    /** @param models each page's model: {@link #modelsMadeNow}, or pages/PageModels#model when the bakes run on the caller's thread */
    public Bakery(SiteConfig config, Configuration freemarker, java.util.function.Function<Page, PageModels.Model> models,
                  Map<Language, Messages> messages) {
        this.config = config;
        this.freemarker = freemarker;
        this.models = models;
        this.messages = messages;
        synchronized (Bakery.class) {
            if (!registered) {
                Engines.register("md", MARKDOWN);
                registered = true;
            }
        }
    }

    /**
     * The models of {@code pages}, made now, in the order given, on this thread: the views memoise as they go and are
     * not shared between threads. A page whose model fails gives its failure when JBake renders it, as if the model
     * were made then (jbake/RenderFailures words it).
     */
    public static java.util.function.Function<Page, PageModels.Model> modelsMadeNow(java.util.List<Page> pages, PageModels views) {
        Map<String, java.util.function.Supplier<PageModels.Model>> made = new java.util.HashMap<>(); // by source file
        for (Page p : pages) {
            try {
                PageModels.Model m = views.model(p);
                made.put(p.source(), () -> m);
            } catch (RuntimeException e) {
                made.put(p.source(), () -> { throw e; });
            }
        }
        return p -> {
            java.util.function.Supplier<PageModels.Model> m = made.get(p.source());
            if (m == null) throw new IllegalStateException("no model made for " + p.source());
            return m.get();
        };
    }

    /**
     * Crawls content/&lt;lang&gt;, keeps the pages {@code chosen} in JBake's store and renders them; returns the number of
     * pages written. {@code written} is told each page's output path ("en/news/x/index.html") as soon as it is on disk,
     * {@code fingerprinted} each page's model fingerprint (see pages/ModelFingerprint).
     */
    public int bake(Language lang, Path staging, Map<String, Page> pagesByFile, java.util.function.Predicate<Page> chosen,
                    RenderFailures failures, java.util.function.Consumer<String> written,
                    java.util.function.BiConsumer<Page, String> fingerprinted) {
        Path project = config.projectDir();
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), staging.toFile(), true);
        jbake.setContentFolder(project.resolve("content").resolve(lang.code()).toFile());
        jbake.setTemplateFolder(project.resolve("templates").toFile());
        jbake.setDestinationFolder(staging.toFile());
        jbake.setDatabaseStore("memory");
        jbake.setUriWithoutExtension(false);
        for (String r : new String[]{"index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404"}) {
            jbake.setProperty("render." + r, false);
        }
        MARKDOWN.use(pagesByFile);

        SiteContentStore store = new SiteContentStore("site-" + lang.code(), pagesByFile, chosen);
        int count = 0;
        try {
            store.startup();
            DocumentTypes.resetDocumentTypes();
            for (PageType type : PageType.values()) {
                DocumentTypes.addDocumentType(type.id());
                jbake.setTemplateFileNameForDocType(type.id(), type.template());
            }
            store.updateSchema();
            new Crawler(store, jbake).crawl();
            Renderer renderer = new Renderer(store, jbake,
                    new SiteTemplateEngine(store, jbake, freemarker, pagesByFile, models, messages).recording(fingerprinted));
            for (DocumentModel doc : store.getUnrenderedContent()) {
                try {
                    renderer.render(doc);
                    count++;
                    written.accept(doc.getUri());
                } catch (Exception e) {
                    failures.add(e, doc.getFile());
                }
            }
        } finally {
            try {
                store.drop();
            } finally {
                store.close();
            }
        }
        return count;
    }
}
