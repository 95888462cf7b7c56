package vn.gialai.cds.build;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The editors' preview: builds the site, serves it on localhost, and rebuilds whenever a file under
 * content/, templates/, assets/ or data/ (or jbake.properties) changes. A failed rebuild prints its
 * problems and the last good site keeps being served.
 */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp",
            "xml", "application/xml; charset=utf-8", "json", "application/json; charset=utf-8");
    private static final List<String> WATCHED = List.of("content", "templates", "assets", "data");

    /** Bumped after every build; the page's script reloads when it changes (or shows the problems). */
    private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();
    private static volatile java.util.List<String> problems = java.util.List.of();

    public static int run(BuildOptions options, int port, PrintStream out, PrintStream err) {
        String siteUrl = options.siteUrl() != null ? options.siteUrl() : "http://localhost:" + port + "/";
        BuildOptions preview = options.withSiteUrl(siteUrl);
        rebuild(preview, out, err);
        String base = URI.create(siteUrl.endsWith("/") ? siteUrl : siteUrl + "/").getPath();
        Path root = preview.out().toAbsolutePath().normalize();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", ex -> serve(ex, root, base, true));
            server.createContext("/__preview/", PreviewServer::previewAsset);
            server.start();
            out.println("Preview: " + siteUrl + " (Vietnamese) and " + siteUrl + "en/ (English). Ctrl+C stops it.");
            watch(preview, out, err);
            return 0;
        } catch (IOException e) {
            err.println("The preview could not start on port " + port + ": " + e.getMessage()
                    + ". Use another port: -Dsite.args=\"--port 8081\".");
            return 1;
        }
    }

    private static void watch(BuildOptions options, PrintStream out, PrintStream err) throws IOException {
        Path project = options.projectDir().toAbsolutePath().normalize();
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            project.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            for (String dir : WATCHED) registerTree(project.resolve(dir), ws);
            while (true) {
                WatchKey key = ws.take();
                boolean relevant = false;
                for (var event : key.pollEvents()) {
                    Path dir = (Path) key.watchable();
                    Path changed = dir.resolve(String.valueOf(event.context()));
                    if (dir.equals(project) && !changed.getFileName().toString().equals(SiteConfig.FILE)) continue;
                    relevant = true;
                    if (Files.isDirectory(changed)) registerTree(changed, ws);
                }
                key.reset();
                if (!relevant) continue;
                // Editors save in bursts (temp file, rename): wait for the burst to end.
                WatchKey more;
                while ((more = ws.poll(150, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                out.println("Change seen, rebuilding…");
                rebuild(options, out, err);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds, prints the outcome, and records it for the pages' live-reload script. */
    static void rebuild(BuildOptions options, PrintStream out, PrintStream err) {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        PrintStream both = new PrintStream(new java.io.OutputStream() {
            @Override public void write(int b) { captured.write(b); err.write(b); }
            @Override public void write(byte[] b, int off, int len) { captured.write(b, off, len); err.write(b, off, len); }
        }, true, StandardCharsets.UTF_8);
        int code = Main.build(options, out, both);
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (code != 0) {
            for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("  ")) lines.add(line.strip());
            }
            if (lines.isEmpty()) lines.add(captured.toString(StandardCharsets.UTF_8).strip());
        }
        problems = java.util.List.copyOf(lines);
        VERSION.incrementAndGet();
    }

    private static void previewAsset(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/__preview/live.js")) {
                try (var in = PreviewServer.class.getResourceAsStream("/preview/live.js")) {
                    body = in.readAllBytes();
                }
                type = "text/javascript; charset=utf-8";
            } else if (path.equals("/__preview/status")) {
                StringBuilder json = new StringBuilder("{\"version\":").append(VERSION.get()).append(",\"ok\":")
                        .append(problems.isEmpty()).append(",\"problems\":[");
                for (int i = 0; i < problems.size(); i++) {
                    if (i > 0) json.append(',');
                    json.append(jsonString(problems.get(i)));
                }
                body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                type = "application/json; charset=utf-8";
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", type);
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void registerTree(Path dir, WatchService ws) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    public static void serve(HttpExchange ex, Path root, String base) throws IOException {
        serve(ex, root, base, false);
    }

    /** Serves the built site; with live=true (the editors' preview) every HTML page gets the live-reload script. */
    public static void serve(HttpExchange ex, Path root, String base, boolean live) throws IOException {
        try (ex) {
            String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(base)) {
                String rel = path.substring(base.length());
                if (!rel.contains("..")) {
                    Path f = root.resolve(rel);
                    if (Files.isDirectory(f)) {
                        if (!path.endsWith("/")) {
                            ex.getResponseHeaders().add("Location", path + "/");
                            ex.sendResponseHeaders(301, -1);
                            return;
                        }
                        f = f.resolve("index.html");
                    }
                    if (Files.isRegularFile(f)) file = f;
                }
            }
            int status = 200;
            if (file == null) {
                status = 404;
                boolean en = path.startsWith(base + "en/");
                file = root.resolve(en ? "en/404.html" : "404.html");
                if (!Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (live && ext.equals("html")) {
                String html = new String(body, StandardCharsets.UTF_8)
                        .replace("</body>", "<script src=\"/__preview/live.js\" defer></script>\n</body>");
                body = html.getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().add("Cache-Control", "no-cache");
            if ("HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private PreviewServer() {}
}
