package vn.gialai.cds.outputs;

import vn.gialai.cds.files.Hashes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Static files: one stylesheet made of the site's base CSS and each component's CSS (one request on a slow
 * connection), named by its content hash so it can be cached for a year; every other asset copied as is.
 */
public final class Assets {
    private final Path projectDir;

    public Assets(Path projectDir) { this.projectDir = projectDir; }

    /**
     * The stylesheet's sources, in the order they are joined: assets/css/base.css, the other assets/css/*.css by name,
     * then each component's by path, and assets/css/print.css last, so that its rules come after everything they
     * override.
     */
    public List<Path> stylesheetSources() throws IOException {
        List<Path> site = new ArrayList<>();
        Path css = projectDir.resolve("assets/css");
        if (Files.isDirectory(css)) {
            try (Stream<Path> s = Files.list(css)) {
                site.addAll(s.filter(p -> p.toString().endsWith(".css")).sorted(Assets::baseFirst).toList());
            }
        }
        List<Path> out = new ArrayList<>(site.stream().filter(p -> rank(p) < 2).toList());
        Path components = projectDir.resolve("templates/components");
        if (Files.isDirectory(components)) {
            try (Stream<Path> s = Files.walk(components)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".css")).sorted().toList());
            }
        }
        out.addAll(site.stream().filter(p -> rank(p) == 2).toList());
        return out;
    }

    /** base.css first, print.css last, the rest by name: the cascade must not depend on file order. */
    private static int baseFirst(Path a, Path b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(Path p) {
        String n = p.getFileName().toString();
        return n.equals("base.css") ? 0 : n.equals("print.css") ? 2 : 1;
    }

    /** Writes the joined stylesheet into the output; returns its path from the site root. */
    public String writeStylesheet(Path out) throws IOException {
        StringBuilder css = new StringBuilder();
        for (Path p : stylesheetSources()) {
            css.append("/* ").append(projectDir.relativize(p).toString().replace('\\', '/')).append(" */\n");
            css.append(Files.readString(p, StandardCharsets.UTF_8).strip()).append("\n");
        }
        byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);
        String name = "assets/css/site." + hash(bytes) + ".css";
        Path target = out.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        return name;
    }

    /**
     * Each script, named by its content hash ("share.js" → "assets/js/share.3f9a1c20de.js") so it can be cached for a
     * year; returns the addresses by file name. Scripts live with their component (templates/components/&lt;name&gt;/*.js);
     * any left in assets/js/ are written too. A script's file name is its output name, so two scripts may not share one.
     */
    public java.util.Map<String, String> writeScripts(Path out) throws IOException {
        java.util.Map<String, String> paths = new java.util.TreeMap<>();
        for (Path p : scriptSources()) {
            byte[] bytes = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            String hashed = "assets/js/" + name.substring(0, name.length() - 3) + "." + hash(bytes) + ".js";
            if (paths.containsKey(name)) {
                throw vn.gialai.cds.problems.BuildFailure.of(projectDir.relativize(p).toString().replace('\\', '/'), 0,
                        "has the same file name as another script (" + name + "); a script's file name is its address"
                                + " in the site (assets/js/), so rename one of them.");
            }
            Path target = out.resolve(hashed);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            paths.put(name, hashed);
        }
        return paths;
    }

    /** The scripts: each component's (templates/components/&lt;name&gt;/*.js), then assets/js/*.js, each group by path. */
    public List<Path> scriptSources() throws IOException {
        List<Path> out = new ArrayList<>();
        Path components = projectDir.resolve("templates/components");
        if (Files.isDirectory(components)) {
            try (Stream<Path> dirs = Files.list(components)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> s = Files.list(dir)) {
                        out.addAll(s.filter(p -> p.toString().endsWith(".js") && Files.isRegularFile(p)).sorted().toList());
                    }
                }
            }
        }
        Path js = projectDir.resolve("assets/js");
        if (Files.isDirectory(js)) {
            try (Stream<Path> s = Files.list(js)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".js") && Files.isRegularFile(p)).sorted().toList());
            }
        }
        return out;
    }

    /** Copies assets/ except the stylesheet and script sources (written, fingerprinted, by the methods above). */
    public void copyOthers(Path out) throws IOException {
        Path assets = projectDir.resolve("assets");
        if (!Files.isDirectory(assets)) return;
        java.util.Set<Path> written = new java.util.HashSet<>(stylesheetSources());
        written.addAll(scriptSources());
        try (Stream<Path> s = Files.walk(assets)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = assets.relativize(p);
                if (written.contains(p)) continue;
                if (p.getFileName().toString().startsWith(".")) continue;
                Path target = out.resolve("assets").resolve(rel.toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    static String hash(byte[] bytes) {
        return Hashes.of(bytes).substring(0, 10);
    }
}
