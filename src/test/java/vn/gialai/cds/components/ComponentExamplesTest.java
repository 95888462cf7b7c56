package vn.gialai.cds.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.gialai.cds.outputs.Assets;
import vn.gialai.cds.preview.PreviewServer;
import vn.gialai.cds.publish.Publisher;
import vn.gialai.cds.jbake.SiteTemplateEngine;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.support.Axe;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.Projects;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every component on its own, as its examples file shows it (templates/components/&lt;name&gt;/&lt;name&gt;.examples.json):
 * the macro rendered alone with the site's FreeMarker configuration and message bundles, in a minimal page with the
 * site's stylesheet, must be valid HTML (the Nu HTML Checker) and have no WCAG 2.0/2.1 A or AA violation (axe-core in
 * Chromium, at 1280 and 360 px, under the site's Content-Security-Policy). One test per example, named
 * &lt;component&gt;/&lt;example&gt;. And every component folder is complete: macro, README naming its parameters and message
 * keys, examples in both languages, no reading of the page or site globals.
 */
class ComponentExamplesTest {
    private static final Path PROJECT = Projects.real();
    private static final Path COMPONENTS = PROJECT.resolve("templates/components");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern EXAMPLE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY_USE = Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"");
    /** page.x, site.x, page?? … outside strings: what a component may not read (t("site.name") is a message key). */
    private static final Pattern GLOBAL = Pattern.compile("(?<![\\w\"'./-])(page|site)\\s*(\\.|\\?|!|\\[)|\\.(data_model|globals)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A component alone meets few of axe's rules (a paragraph: 6, from the page around it); fewer means axe did not run. */
    private static final int MIN_RULES = 5;

    // ---- what every component folder must hold ----

    @Test
    void everyComponentHasItsMacroReadmeAndExamples() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : components()) {
            Path dir = COMPONENTS.resolve(name);
            Path ftl = dir.resolve(name + ".ftl");
            if (!Files.isRegularFile(ftl)) { problems.add(name + ": no " + name + ".ftl"); continue; }
            if (!Files.isRegularFile(dir.resolve("README.md"))) problems.add(name + ": no README.md");
            if (!Files.isRegularFile(dir.resolve(name + ".examples.json"))) problems.add(name + ": no " + name + ".examples.json");
            List<Macro> macros = Macro.all(Files.readString(ftl));
            if (macros.size() != 1 || !macros.get(0).name().equals(macroName(name))) {
                problems.add(name + ": " + name + ".ftl must declare exactly one macro, " + macroName(name) + " (found "
                        + macros.stream().map(Macro::name).toList() + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyReadmeNamesEachParameterAndMessageKeyOfItsMacro() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : components()) {
            Path dir = COMPONENTS.resolve(name);
            Path readme = dir.resolve("README.md");
            Path ftl = dir.resolve(name + ".ftl");
            if (!Files.isRegularFile(readme) || !Files.isRegularFile(ftl)) continue; // reported above
            String text = Files.readString(readme);
            String source = Files.readString(ftl);
            for (Macro m : Macro.all(source)) {
                for (String param : m.params().keySet()) {
                    if (!text.contains("`" + param + "`")) problems.add(name + "/README.md does not name parameter `" + param + "` of " + m.name());
                }
            }
            Matcher keys = KEY_USE.matcher(source);
            while (keys.find()) {
                if (!text.contains("`" + keys.group(1) + "`")) problems.add(name + "/README.md does not name message key `" + keys.group(1) + "`");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noComponentReadsThePageOrSiteGlobals() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(COMPONENTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                String[] lines = withoutComments(Files.readString(f)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = GLOBAL.matcher(lines[i]);
                    if (m.find()) problems.add(PROJECT.relativize(f) + ":" + (i + 1) + ": reads '" + m.group().strip()
                            + "'; take it as a parameter and let the caller pass it");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyExamplesFileIsWellFormedAndMatchesItsMacro() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : components()) {
            Path file = COMPONENTS.resolve(name).resolve(name + ".examples.json");
            Path ftl = COMPONENTS.resolve(name).resolve(name + ".ftl");
            if (!Files.isRegularFile(file) || !Files.isRegularFile(ftl)) continue; // reported above
            List<Macro> macros = Macro.all(Files.readString(ftl));
            if (macros.isEmpty()) continue;
            Macro macro = macros.get(0);
            List<Example> examples;
            try {
                examples = Example.read(name, file);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (examples.isEmpty()) problems.add(name + ": no example");
            Set<String> names = new LinkedHashSet<>();
            Set<String> langs = new LinkedHashSet<>();
            for (Example ex : examples) {
                if (!names.add(ex.name())) problems.add(ex + ": two examples have this name");
                langs.add(ex.lang());
                for (String p : ex.params().keySet()) {
                    if (!macro.params().containsKey(p)) problems.add(ex + ": " + macro.name() + " has no parameter '" + p + "'");
                }
                macro.params().forEach((p, hasDefault) -> {
                    if (!hasDefault && !ex.params().containsKey(p)) problems.add(ex + ": the required parameter '" + p + "' is missing");
                });
            }
            if (!langs.containsAll(List.of("vi", "en"))) problems.add(name + ": examples in both languages (vi and en) are expected, found " + langs);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---- every example, rendered alone, valid and accessible ----

    @TestFactory
    Stream<DynamicTest> everyExampleIsValidHtmlAndAccessible() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        // -Dcomponents=figure,indicator-list renders only those components' examples (all of them by default)
        List<String> only = List.of(System.getProperty("components", "").split(",")).stream().filter(c -> !c.isBlank()).toList();
        for (String name : components()) {
            if (!only.isEmpty() && !only.contains(name)) continue;
            Path file = COMPONENTS.resolve(name).resolve(name + ".examples.json");
            if (!Files.isRegularFile(file)) continue; // the folder test says so
            List<Example> examples;
            try {
                examples = Example.read(name, file);
            } catch (IllegalArgumentException e) {
                tests.add(DynamicTest.dynamicTest(name + "/examples", () -> fail(e.getMessage())));
                continue;
            }
            for (Example ex : examples) tests.add(DynamicTest.dynamicTest(ex.toString(), () -> check(ex)));
        }
        return tests.stream();
    }

    private static void check(Example ex) throws Exception {
        Harness h = Harness.get();
        String path = h.render(ex);
        List<String> invalid = h.validate(h.root.resolve(path));
        assertTrue(invalid.isEmpty(), () -> ex + " is not valid HTML:\n" + String.join("\n", invalid));
        ChromeDriver driver = Browser.driver();
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
        List<String> found = new ArrayList<>();
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(h.base + path);
        for (int width : new int[]{1280, 360}) {
            // the same page, narrowed: nothing in a component depends on the width it was loaded at
            driver.manage().window().setSize(new Dimension(width, 800));
            // axe-core run in the page itself, violations only (support/Axe): the examples' pages have no frames
            for (String v : Axe.violations(driver, WCAG, MIN_RULES)) found.add(ex + " at " + width + " px: " + v);
        }
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        found.addAll(refused.stream().map(m -> ex + ": the Content-Security-Policy refused: " + m).toList());
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }

    @AfterAll
    static void stop() {
        Harness.stop();
    }

    // ---- the pieces ----

    /** The component folders, by name. */
    static List<String> components() throws IOException {
        try (Stream<Path> s = Files.list(COMPONENTS)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** "site-header" → "siteHeader": the macro a component's .ftl declares. */
    static String macroName(String component) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : component.toCharArray()) {
            if (c == '-') { up = true; continue; }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return b.toString();
    }

    static String withoutComments(String ftl) {
        // keeps the line breaks so line numbers stay right
        Matcher m = Pattern.compile("<#--.*?-->", Pattern.DOTALL).matcher(ftl);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        m.appendTail(out);
        return out.toString();
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 157) + "…" : html;
    }

    /** A macro as declared: its name, and its parameters in order, each with whether it has a default. */
    record Macro(String name, Map<String, Boolean> params) {
        static List<Macro> all(String ftl) {
            List<Macro> out = new ArrayList<>();
            String src = withoutComments(ftl);
            int at = 0;
            while ((at = src.indexOf("<#macro", at)) >= 0) {
                int end = tagEnd(src, at);
                out.add(parse(src.substring(at + "<#macro".length(), end)));
                at = end;
            }
            return out;
        }

        /** The '>' closing the tag that starts at 'from', not one inside a string of a default value. */
        private static int tagEnd(String s, int from) {
            char quote = 0;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == '\\') i++;
                    else if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                }
            }
            throw new IllegalArgumentException("unclosed <#macro");
        }

        /** "name a b=1 c=\"x y\" d=[]": whitespace separates parameters except inside strings and brackets. */
        private static Macro parse(String decl) {
            String s = decl.strip();
            if (s.endsWith("/")) s = s.substring(0, s.length() - 1).strip();
            List<String> tokens = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            char quote = 0;
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    cur.append(c);
                    if (c == '\\' && i + 1 < s.length()) cur.append(s.charAt(++i));
                    else if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    cur.append(c);
                } else if ("[{(".indexOf(c) >= 0) {
                    depth++;
                    cur.append(c);
                } else if ("]})".indexOf(c) >= 0) {
                    depth--;
                    cur.append(c);
                } else if (Character.isWhitespace(c) && depth == 0) {
                    // "a = 1" is one parameter: spaces around '=' do not separate
                    int j = i;
                    while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
                    boolean joins = (j < s.length() && s.charAt(j) == '=') || (cur.length() > 0 && cur.charAt(cur.length() - 1) == '=');
                    if (joins) { i = j - 1; continue; }
                    if (cur.length() > 0) tokens.add(cur.toString());
                    cur.setLength(0);
                    i = j - 1;
                } else {
                    cur.append(c);
                }
            }
            if (cur.length() > 0) tokens.add(cur.toString());
            if (tokens.isEmpty()) throw new IllegalArgumentException("a <#macro> without a name");
            Map<String, Boolean> params = new LinkedHashMap<>();
            for (String tok : tokens.subList(1, tokens.size())) {
                int eq = tok.indexOf('=');
                String p = (eq < 0 ? tok : tok.substring(0, eq)).strip();
                if (p.endsWith("...")) p = p.substring(0, p.length() - 3);
                params.put(p, eq >= 0 || tok.endsWith("..."));
            }
            return new Macro(tokens.get(0), params);
        }
    }

    /** One entry of an examples file. */
    record Example(String component, String name, String description, String lang, Map<String, Object> params) {
        @Override public String toString() { return component + "/" + name; }

        static List<Example> read(String component, Path file) {
            String rel = PROJECT.relativize(file).toString();
            JsonNode root;
            try {
                root = JSON.readTree(file.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException(rel + " is not valid JSON: " + e.getMessage());
            }
            if (root == null || !root.isArray()) throw new IllegalArgumentException(rel + " must be a JSON list of examples");
            List<Example> out = new ArrayList<>();
            int i = 0;
            for (JsonNode n : root) {
                i++;
                String where = rel + " example " + i;
                if (!n.isObject()) throw new IllegalArgumentException(where + " is not an object");
                Set<String> fields = new LinkedHashSet<>();
                n.fieldNames().forEachRemaining(fields::add);
                fields.removeAll(List.of("name", "description", "lang", "params"));
                if (!fields.isEmpty()) throw new IllegalArgumentException(where + " has unknown fields " + fields);
                String name = n.path("name").asText("");
                if (!EXAMPLE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException(where + ": \"name\" must be lower-case words joined by '-' (it names the test), not '" + name + "'");
                }
                String description = n.path("description").asText("");
                if (description.isBlank()) throw new IllegalArgumentException(where + " (" + name + ") has no description");
                String lang = n.path("lang").asText("");
                if (!lang.equals("vi") && !lang.equals("en")) throw new IllegalArgumentException(where + " (" + name + "): \"lang\" must be \"vi\" or \"en\"");
                if (!n.path("params").isObject()) throw new IllegalArgumentException(where + " (" + name + "): \"params\" must be an object");
                @SuppressWarnings("unchecked")
                Map<String, Object> params = JSON.convertValue(n.get("params"), LinkedHashMap.class);
                out.add(new Example(component, name, description, lang, params));
            }
            return out;
        }
    }

    /**
     * The rendering and checking set-up, made once: FreeMarker as the site configures it, the message bundles, a folder
     * (target/component-examples) with the site's stylesheet, scripts and images, served on loopback with the site's
     * headers, and the HTML checker on a thread with the large stack its schema compiler needs.
     */
    static final class Harness {
        private static Harness instance;

        final Path root;
        final String base;
        private final Configuration freemarker;
        private final Map<Language, Messages> messages;
        private final String stylesheet;
        private final HttpServer server;
        private final ExecutorService checker;
        private final Future<SimpleDocumentValidator> validator;
        private final List<SAXParseException> errors = new ArrayList<>();

        private Harness() throws IOException {
            // kept after the run, to look at: target/component-examples/examples/<component>/<example>.html
            root = PROJECT.resolve("target/component-examples");
            Publisher.deleteTree(root);
            Files.createDirectories(root);
            Assets assets = new Assets(PROJECT);
            stylesheet = assets.writeStylesheet(root);
            assets.copyOthers(root); // images the examples may show
            Files.createDirectories(root.resolve("assets/js"));
            // the examples name each script by its file name (the site adds a content hash to it)
            for (Path js : assets.scriptSources()) Files.copy(js, root.resolve("assets/js").resolve(js.getFileName().toString()));
            freemarker = SiteTemplateEngine.freemarker(PROJECT.resolve("templates").toFile());
            Problems problems = new Problems();
            messages = MessagesLoader.load(PROJECT, problems);
            assertTrue(problems.isEmpty(), () -> "the message bundles have problems: " + problems.sorted());
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", ex -> PreviewServer.serveAsHost(ex, root, "/"));
            server.start();
            base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            checker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "component-html-check", 256L * 1024 * 1024);
                t.setDaemon(true);
                return t;
            });
            ErrorHandler handler = new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { errors.add(e); }
                @Override public void fatalError(SAXParseException e) { errors.add(e); }
            };
            validator = checker.submit(() -> {
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
                v.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
                v.setUpValidatorAndParsers(handler, true, false);
                return v;
            });
        }

        static synchronized Harness get() throws IOException {
            if (instance == null) instance = new Harness();
            return instance;
        }

        static synchronized void stop() {
            if (instance != null) {
                instance.server.stop(0);
                instance.checker.shutdownNow();
                instance = null;
            }
        }

        /** Renders the example alone in a minimal page; returns its path under the served folder. */
        String render(Example ex) throws Exception {
            String src = "<#import \"/components/" + ex.component() + "/" + ex.component() + ".ftl\" as c>\n"
                    + "<!DOCTYPE html>\n<html lang=\"${lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>${title}</title>\n<link rel=\"stylesheet\" href=\"/${stylesheet}\">\n</head>\n<body>\n"
                    + "<main id=\"main-content\" tabindex=\"-1\">\n"
                    + "<@c." + macroName(ex.component()) + "?with_args(params)/>\n"
                    + "</main>\n</body>\n</html>\n";
            Template template = new Template("components/" + ex.component() + "/" + ex.name() + ".example", new StringReader(src), freemarker);
            SimpleHash model = new SimpleHash(freemarker.getObjectWrapper());
            model.put("t", SiteTemplateEngine.translator(messages.get(Language.valueOf(ex.lang().toUpperCase(Locale.ROOT)))));
            model.put("lang", ex.lang());
            model.put("title", ex.component() + ": " + ex.name());
            model.put("stylesheet", stylesheet);
            model.put("params", ex.params());
            StringWriter out = new StringWriter();
            template.process(model, out);
            String path = "examples/" + ex.component() + "/" + ex.name() + ".html";
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            return path;
        }

        /** The Nu HTML Checker's errors for the page, one line each. */
        List<String> validate(Path page) throws InterruptedException {
            try {
                return checker.submit(() -> {
                    errors.clear();
                    validator.get().checkHtmlFile(page.toFile(), true);
                    List<String> out = new ArrayList<>();
                    for (SAXParseException e : errors) out.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
                    return out;
                }).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the HTML checker could not run: " + e.getCause(), e.getCause());
            }
        }
    }

    @Test
    void macroDeclarationsAreReadAsFreeMarkerDoes() {
        Macro m = Macro.all("<#-- <#macro old x> -->\n<#macro siteHeader homeHref switcher menu searchHref=\"\" extra = [1, 2] o={\"a\": \"b>c\"}>\n</#macro>").get(0);
        assertEquals("siteHeader", m.name());
        assertEquals(Map.of("homeHref", false, "switcher", false, "menu", false, "searchHref", true, "extra", true, "o", true), m.params());
        assertEquals("indicatorSection", macroName("indicator-section"));
        assertTrue(GLOBAL.matcher("${page.title}").find());
        assertTrue(GLOBAL.matcher("<#if site.searchHref?has_content>").find());
        assertTrue(GLOBAL.matcher("<#if page??>").find());
        assertTrue(!GLOBAL.matcher("${t(\"site.name\")} aria-current=\"page\" /components/page-meta/page-meta.ftl").find());
    }

    static {
        // the examples' JSON is read strictly: a duplicate key is a mistake
        JSON.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // FreeMarker would otherwise log through whichever library it finds first, at debug level (as the build, see Logging)
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }
}
