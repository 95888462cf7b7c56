package vn.gialai.cds.jbake;

import vn.gialai.cds.config.SiteConfig;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.pages.PageModels;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * One JBake bake per language, in this JVM: JBake crawls content/&lt;lang&gt;, keeps the documents it is told to in
 * its in-memory store (pipeline/Rendering chooses the pages editors write, news aside) and renders each with the
 * template its type names. JBake has no idea of languages,
 * so each language is its own bake with its own store (bakes run one after the other: JBake keeps
 * static state).
 */
public final class Bakery {
    private static final PrebuiltMarkdownEngine MARKDOWN = new PrebuiltMarkdownEngine();
    private static boolean registered;

    static {
        Logging.quiet();
    }

    private final SiteConfig config;
    private final Configuration freemarker;
    private final PageModels views;
    private final Map<Language, Messages> messages;

    public Bakery(SiteConfig config, Configuration freemarker, PageModels views, Map<Language, Messages> messages) {
        this.config = config;
        this.freemarker = freemarker;
        this.views = views;
        this.messages = messages;
        synchronized (Bakery.class) {
            if (!registered) {
                Engines.register("md", MARKDOWN);
                registered = true;
            }
        }
    }

    /**
     * Crawls content/&lt;lang&gt;, keeps the pages {@code chosen} in JBake's store and renders them; returns the number of
     * pages written. {@code written} is told each page's output path ("en/news/x/index.html") as soon as it is on disk,
     * {@code fingerprinted} each page's model fingerprint (see pages/ModelFingerprint).
     */
    public int bake(Language lang, Path staging, Map<String, Page> pagesByFile, java.util.function.Predicate<Page> chosen,
                    Problems problems, java.util.function.Consumer<String> written,
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
                    new SiteTemplateEngine(store, jbake, freemarker, pagesByFile, views, messages).recording(fingerprinted));
            for (DocumentModel doc : store.getUnrenderedContent()) {
                try {
                    renderer.render(doc);
                    count++;
                    written.accept(doc.getUri());
                } catch (Exception e) {
                    problems.add(templateProblem(e, project, doc.getFile()));
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

    private static final java.util.regex.Pattern RENDERING = java.util.regex.Pattern.compile("\\(while rendering ([^)]*)\\)");

    /**
     * The problems found while rendering, into problems, with each template mistake said once: the same template line
     * and the same sentence on many pages (a list template breaks every list page) become one line that names the first
     * page in order and how many others it broke. Other problems pass as they are.
     */
    public static void onePerTemplateMistake(Problems found, Problems problems) {
        Map<String, java.util.List<vn.gialai.cds.problems.Problem>> byMistake = new java.util.TreeMap<>();
        java.util.List<vn.gialai.cds.problems.Problem> others = new java.util.ArrayList<>();
        for (vn.gialai.cds.problems.Problem p : found.found()) {
            java.util.regex.Matcher m = RENDERING.matcher(p.message());
            if (p.file().startsWith("templates") && m.find()) {
                byMistake.computeIfAbsent(p.file() + ":" + p.line() + ":" + m.replaceFirst(""), k -> new java.util.ArrayList<>()).add(p);
            } else {
                others.add(p);
            }
        }
        others.forEach(problems::add);
        for (java.util.List<vn.gialai.cds.problems.Problem> same : byMistake.values()) {
            same.sort(null);
            vn.gialai.cds.problems.Problem first = same.get(0);
            if (same.size() == 1) {
                problems.add(first);
                continue;
            }
            java.util.regex.Matcher m = RENDERING.matcher(first.message());
            m.find();
            String page = m.group(1);
            String message = first.message().substring(0, m.start()) + "(while rendering " + page + " and " + (same.size() - 1)
                    + (same.size() == 2 ? " other page)" : " other pages)") + first.message().substring(m.end());
            problems.add(vn.gialai.cds.problems.Problem.at(first.file(), first.line(), message));
        }
        found.warnings().forEach(problems::warn);
    }

    /** A template failure as one line: template, line, FreeMarker's own first sentence, and the page. */
    public static vn.gialai.cds.problems.Problem templateProblem(Throwable e, Path project, String sourceFile) {
        // a page made from data has no file: "generated:" and its address, named by its address
        String page = sourceFile == null ? ""
                : sourceFile.startsWith("generated:") ? sourceFile.substring("generated:".length())
                : project.toAbsolutePath().relativize(new File(sourceFile).toPath().toAbsolutePath()).toString();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof TemplateException te) {
                String name = te.getTemplateSourceName() != null ? "templates/" + te.getTemplateSourceName() : "templates";
                int line = te.getLineNumber() != null ? te.getLineNumber() : 0;
                String msg = firstSentence(te.getMessageWithoutStackTop());
                if (te.getBlamedExpressionString() != null) {
                    msg = "'" + te.getBlamedExpressionString() + "' is missing or null; FreeMarker says: " + msg;
                }
                return vn.gialai.cds.problems.Problem.at(name, line, msg + " (while rendering " + page + "). Fix the template.");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return vn.gialai.cds.problems.Problem.in(page, "could not be rendered: " + firstSentence(String.valueOf(root.getMessage()))
                + ". Check the template of its type.");
    }

    private static String firstSentence(String s) {
        if (s == null) return "";
        String oneLine = s.strip();
        int nl = oneLine.indexOf('\n');
        if (nl > 0) oneLine = oneLine.substring(0, nl);
        return oneLine.replaceAll("\\s+", " ");
    }
}
