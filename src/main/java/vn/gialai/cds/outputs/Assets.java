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

    /** The stylesheet's sources, in the order they are joined: assets/css/*.css, then each component's. */
    public List<Path> stylesheetSources() throws IOException {
        List<Path> out = new ArrayList<>();
        Path css = projectDir.resolve("assets/css");
        if (Files.isDirectory(css)) {
            try (Stream<Path> s = Files.list(css)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".css")).sorted(Assets::baseFirst).toList());
            }
        }
        Path components = projectDir.resolve("templates/components");
        if (Files.isDirectory(components)) {
            try (Stream<Path> s = Files.walk(components)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".css")).sorted().toList());
            }
        }
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
     * Each script under assets/js/, named by its content hash ("share.js" → "assets/js/share.3f9a1c20de.js") so it can
     * be cached for a year; returns the addresses by file name.
     */
    public java.util.Map<String, String> writeScripts(Path out) throws IOException {
        java.util.Map<String, String> paths = new java.util.TreeMap<>();
        Path js = projectDir.resolve("assets/js");
        if (!Files.isDirectory(js)) return paths;
        try (Stream<Path> s = Files.list(js)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                String hashed = "assets/js/" + name.substring(0, name.length() - 3) + "." + hash(bytes) + ".js";
                Path target = out.resolve(hashed);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                paths.put(name, hashed);
            }
        }
        return paths;
    }

    /** Copies assets/ except the stylesheet and script sources (written, fingerprinted, by the methods above). */
    public void copyOthers(Path out) throws IOException {
        Path assets = projectDir.resolve("assets");
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> s = Files.walk(assets)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = assets.relativize(p);
                if (rel.startsWith("css") && p.toString().endsWith(".css")) continue;
                if (rel.startsWith("js") && p.toString().endsWith(".js")) continue;
                if (p.getFileName().toString().startsWith(".")) continue;
                Path target = out.resolve("assets").resolve(rel.toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    static String hash(byte[] bytes) {
        return Hashes.sha256(bytes).substring(0, 10);
    }
}
