package vn.gialai.cds.build;

import freemarker.template.Configuration;
import vn.gialai.cds.checks.BuildFailure;
import vn.gialai.cds.checks.LanguageCheck;
import vn.gialai.cds.checks.LinkCheck;
import vn.gialai.cds.checks.OutputSite;
import vn.gialai.cds.checks.Problems;
import vn.gialai.cds.content.ContentLoader;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.i18n.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.render.SiteIndex;
import vn.gialai.cds.render.Urls;
import vn.gialai.cds.render.ViewFactory;
import vn.gialai.cds.render.IndicatorViewFactory;
import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.indicators.DataExport;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.indicators.StatusCalculator;
import java.util.LinkedHashMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole build, in stages: load and validate everything (all problems at once), compute the views,
 * let JBake render each language into a staging folder, check the output, and only then publish it.
 */
public final class SiteBuilder {
    /** Pages the site cannot do without, in both languages. */
    static final List<String> REQUIRED_KEYS = List.of("home", "notfound", "about");

    static {
        Logging.quiet();
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Path project = options.projectDir().toAbsolutePath().normalize();
        SiteConfig config = SiteConfig.load(project, options.siteUrl());
        Problems problems = new Problems();

        // 1. Load and validate
        Map<Language, Messages> messages = MessagesLoader.load(project, problems);
        SiteData data = DataLoader.load(project, problems);
        List<Indicator> indicators = IndicatorLoader.load(project, data, problems);
        List<Page> all = new ContentLoader(config, data).load(problems);
        checkTemplates(config, all, problems);
        List<Page> published = all.stream().filter(Page::isPublished).toList();
        checkRequired(published, problems);
        problems.throwIfAny();

        // 2. Compute
        SiteIndex contentIndex = new SiteIndex(published);
        StatusCalculator calculator = new StatusCalculator();
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        Map<String, Indicator> indicatorsById = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            assessments.put(i.id(), calculator.assess(i));
            indicatorsById.put(i.id(), i);
        }
        Map<Language, List<Page>> generated = IndicatorPages.pages(indicators, contentIndex);
        List<Page> sitePages = new ArrayList<>(published);
        generated.values().forEach(sitePages::addAll);
        SiteIndex index = new SiteIndex(sitePages);
        Urls urls = new Urls(config.siteUrl(), config.basePath());
        Map<String, Page> pagesByFile = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> sourceOfOutput = new HashMap<>();
        for (Page p : all) {
            String abs = project.resolve(p.source()).toString();
            pagesByFile.put(abs, p);
            bodies.put(abs, p.bodyHtml());
            if (p.isPublished()) sourceOfOutput.put(p.outputFile(), p.source());
        }
        Map<Language, List<String>> generatedKeys = new HashMap<>();
        for (Map.Entry<Language, List<Page>> e : generated.entrySet()) {
            List<String> keys = new ArrayList<>();
            for (Page p : e.getValue()) {
                String key = IndicatorPages.key(project, p);
                pagesByFile.put(key, p);
                keys.add(key);
                sourceOfOutput.put(p.outputFile(), p.source());
            }
            generatedKeys.put(e.getKey(), keys);
        }

        Path out = options.out().toAbsolutePath().normalize();
        Path staging = Publisher.stagingFor(out);
        try {
            Publisher.deleteTree(staging);
            Files.createDirectories(staging);
            Assets assets = new Assets(project);
            String stylesheet = assets.writeStylesheet(staging);
            assets.copyOthers(staging);

            // 3. Render: one JBake bake per language
            Configuration freemarker = SiteTemplateEngine.freemarker(project.resolve("templates").toFile());
            IndicatorViewFactory indicatorViews = new IndicatorViewFactory(indicators, assessments, index, data, messages, urls);
            ViewFactory views = new ViewFactory(config, index, data, messages, urls, stylesheet, indicatorViews, indicatorsById);
            Bakery bakery = new Bakery(config, freemarker, views, messages);
            int written = 0;
            for (Language lang : Language.values()) {
                written += bakery.bake(lang, staging, pagesByFile, bodies, generatedKeys.getOrDefault(lang, List.of()), problems);
            }
            problems.throwIfAny();
            DataExport.write(staging, indicators, assessments, data);
            Sitemap.write(staging, sitePages, urls);

            // 4. Check the output as a visitor would meet it
            OutputSite site = new OutputSite(staging, config.siteUrl());
            LinkCheck.run(site, sourceOfOutput, problems);
            LanguageCheck.run(site, sourceOfOutput, problems);
            problems.throwIfAny();

            // 5. Publish
            Publisher.publish(staging, out);
            List<String> notes = new ArrayList<>();
            index.untranslated().forEach((file, missing) -> notes.add("page without translation: " + file + " (no " + missing + " version)"));
            if (config.get("site.contact.email") == null || config.get("site.contact.email").isBlank()) {
                notes.add("site.contact.email in jbake.properties is empty: the footer shows no address for reporting errors. Set it before publishing.");
            }
            return new BuildResult(written, notes, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw BuildFailure.of(out.toString(), 0, "could not be written: " + e.getMessage() + ". Check the disk and the folder's permissions.");
        } finally {
            try {
                Publisher.deleteTree(staging);
            } catch (IOException ignored) {
                // a leftover staging folder is removed by the next build
            }
        }
    }

    private static void checkTemplates(SiteConfig config, List<Page> pages, Problems problems) {
        for (String type : config.documentTypes()) {
            String file = config.templateOf(type);
            if (!Files.isRegularFile(config.projectDir().resolve("templates").resolve(file))) {
                problems.add(SiteConfig.FILE, "template." + type + ".file names templates/" + file + ", which does not exist. Create it or correct the name.");
            }
        }
    }

    private static void checkRequired(List<Page> published, Problems problems) {
        for (Language lang : Language.values()) {
            Set<String> keys = new java.util.HashSet<>();
            for (Page p : published) if (p.lang() == lang) keys.add(p.translationKey());
            for (String key : REQUIRED_KEYS) {
                if (!keys.contains(key)) {
                    problems.add("content/" + lang.code(), "has no published page with translationKey=" + key
                            + ". The site needs it in both languages; add it.");
                }
            }
        }
    }
}
