package vn.gialai.cds.config;



import vn.gialai.cds.problems.BuildFailure;
import vn.gialai.cds.files.SourceText;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's settings, read from jbake.properties (JBake's own file), with the command line's overrides on top.
 * The page types and their templates are not settings: they are vocabulary/PageType.
 */
public final class SiteConfig {
    public static final String FILE = "jbake.properties";

    private final Path projectDir;
    private final Properties props;
    private final String siteUrl;

    private SiteConfig(Path projectDir, Properties props, String siteUrl) {
        this.projectDir = projectDir;
        this.props = props;
        this.siteUrl = siteUrl;
    }

    public static SiteConfig load(Path projectDir, String siteUrlOverride) {
        Path file = projectDir.resolve(FILE);
        Properties p = new Properties();
        try {
            p.load(new StringReader(SourceText.read(file)));
        } catch (SourceText.UnreadableFile e) {
            throw BuildFailure.of(FILE, 0, e.msg().toString());
        } catch (IOException e) {
            throw BuildFailure.of(FILE, 0, "cannot be read: " + e.getMessage());
        }
        String url = siteUrlOverride != null ? siteUrlOverride : p.getProperty("site.url", "").strip();
        if (!url.endsWith("/")) url = url + "/";
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getHost() == null) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw BuildFailure.of(FILE, 0, "site.url is '" + url + "'. Set it to the public address of the site, e.g. https://example.org/ or https://example.org/sub/path/.");
        }
        return new SiteConfig(projectDir, p, url);
    }

    public Path projectDir() { return projectDir; }
    public Properties properties() { return props; }

    /** Absolute address of the site root, always ending in "/". */
    public String siteUrl() { return siteUrl; }

    /** The path part of the site's address ("/" or "/sub/path/"): every link starts with it. */
    public String basePath() { return URI.create(siteUrl).getPath(); }

    /**
     * Lines of jbake.properties that name a template for a type (template.&lt;type&gt;.file): the page types and their
     * templates are fixed by vocabulary/PageType (templates/&lt;type&gt;.ftl), so such a line is a mistake to report.
     */
    public Set<String> templateSettings() {
        Set<String> keys = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("template.") && key.endsWith(".file")) keys.add(key);
        }
        return keys;
    }

    public List<String> list(String key) {
        String v = props.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
    }

    public String get(String key) { return props.getProperty(key); }
}
