package vn.gialai.cds.jbake;

import vn.gialai.cds.vocabulary.SiteTime;

import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapperBuilder;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.pages.PageModels;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * JBake's template engine, with the model replaced: instead of JBake's lazy database look-ups, every
 * template gets the values computed in Java (page, view, site, t), auto-escaped HTML, and errors that stop
 * the build instead of being written into the page.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final Configuration freemarker;
    private final Map<String, Page> pagesByFile;
    private final java.util.function.Function<Page, PageModels.Model> models;
    private final Map<Language, Messages> messages;

    /** @param models each page's model (pages/PageModels#model, or models made beforehand: see jbake/Bakery) */
    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config, Configuration freemarker,
                              Map<String, Page> pagesByFile, java.util.function.Function<Page, PageModels.Model> models,
                              Map<Language, Messages> messages) {
        super(db, config);
        this.freemarker = freemarker;
        this.pagesByFile = pagesByFile;
        this.models = models;
        this.messages = messages;
    }

    public static Configuration freemarker(File templateFolder) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(templateFolder);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates format nothing themselves; these only make an accidental ${number} machine-independent.
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTimeZone(TimeZone.getTimeZone(SiteTime.ZONE));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Page page = pagesByFile.get(model.getContent().getFile());
        if (page == null) throw new RenderingException("no page for " + model.getContent().getFile());
        PageModels.Model m = models.apply(page);
        render(freemarker, messages.get(page.lang()), m, templateName, writer);
        fingerprinted.accept(page, fingerprint(m, templateName));
    }

    /** The model's fingerprint, or null when it holds something that cannot be fingerprinted (rendered every build). */
    public static String fingerprint(PageModels.Model model, String templateName) {
        try {
            return model.fingerprint(templateName);
        } catch (vn.gialai.cds.pages.ModelFingerprint.NotFingerprintable e) {
            return null;
        }
    }

    /** Told each page's model fingerprint as it is rendered (null: none), for the next build's render map. */
    public SiteTemplateEngine recording(java.util.function.BiConsumer<Page, String> fingerprinted) {
        this.fingerprinted = fingerprinted;
        return this;
    }

    private java.util.function.BiConsumer<Page, String> fingerprinted = (p, f) -> { };

    /** A page through its template, with the views of the site: the preview's quick path. */
    public static void render(Configuration freemarker, PageModels views, Map<Language, Messages> messages, Page page,
                              String templateName, Writer writer) throws RenderingException {
        render(freemarker, messages.get(page.lang()), views.model(page), templateName, writer);
    }

    /** A page's model, already computed, through its template. */
    public static void render(Configuration freemarker, Messages messages, PageModels.Model model, String templateName,
                              Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
            root.put("page", model.page());
            if (model.view() != null) root.put("view", model.view());
            root.put("site", model.site());
            root.put("t", new Translate(messages));
            template.process(root, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** The t("key", args…) function for one language, as pages get it: for rendering a component on its own. */
    public static TemplateMethodModelEx translator(Messages messages) {
        return new Translate(messages);
    }

    /** t("key", args…) in templates: the interface string in the page's language. */
    private record Translate(Messages messages) implements TemplateMethodModelEx {
        @Override
        public Object exec(List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) throw new TemplateModelException("t() needs a message key");
            String key = arguments.get(0).toString();
            Object[] args = arguments.subList(1, arguments.size()).stream().map(Object::toString).toArray();
            try {
                return messages.get(key, args);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        }
    }
}
