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

    public static int run(BuildOptions options, int port, PrintStream out, PrintStream err) {
        String siteUrl = options.siteUrl() != null ? options.siteUrl() : "http://localhost:" + port + "/";
        BuildOptions preview = options.withSiteUrl(siteUrl);
        Main.build(preview, out, err);
        String base = URI.create(siteUrl.endsWith("/") ? siteUrl : siteUrl + "/").getPath();
        Path root = preview.out().toAbsolutePath().normalize();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", ex -> serve(ex, root, base));
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
                Main.build(options, out, err);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
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
