package vn.gialai.cds.preview;

import vn.gialai.cds.publish.HostHeaders;

import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.pipeline.BuildRun;
import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.pipeline.BuildState;
import vn.gialai.cds.pipeline.BuildMemory;
import vn.gialai.cds.pipeline.SiteBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The editors' preview: builds the site, serves it on localhost, and rebuilds whenever a file under
 * content/, templates/, assets/ or data/ (or jbake.properties) changes. A failed rebuild prints its
 * problems and the last good site keeps being served.
 */
public final class PreviewServer {
    /** Where the preview listens unless --host says otherwise: this machine only. */
    public static final String LOCAL_HOST = "127.0.0.1";
    /** Threads answering requests: a slow or stalled client holds one for at most {@link #REQUEST_SECONDS}. */
    static final int THREADS = 64;
    /** How long a client may take to send its request (the JDK server's sun.net.httpserver.maxReqTime). */
    static final int REQUEST_SECONDS = 10;
    private static final List<String> WATCHED = List.of("content", "templates", "assets", "data");

    /** Bumped after every build; the page's script reloads when it changes (or shows the problems). */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private volatile java.util.List<vn.gialai.cds.problems.Problem> problems = java.util.List.of();
    /** The last good build, for the quick path; null after a failed one. */
    private volatile BuildState state;
    private final BuildOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private HttpServer server;
    private java.util.concurrent.ExecutorService executor;
    /** What each build remembers of the last (pipeline/BuildMemory): a save rebuilds without reading every file again. */
    private final BuildMemory memory = BuildMemory.kept();
    private final SiteBuilder builder = new SiteBuilder(memory);
    /** Held while a build runs: stopping waits for it. */
    private final java.util.concurrent.locks.ReentrantLock building = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    private WatchService watcher;
    private Thread watching;
    private String url;

    private PreviewServer(BuildOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Builds and serves until stopped (Ctrl+C). Returns the exit code. */
    public static int run(BuildOptions options, int port, PrintStream out, PrintStream err) {
        return run(options, LOCAL_HOST, port, out, err);
    }

    /** The same on the given address; any address but this machine's own is said to be exposed on the network. */
    public static int run(BuildOptions options, String host, int port, PrintStream out, PrintStream err) {
        try {
            PreviewServer p = start(options, host, port, out, err);
            Runtime.getRuntime().addShutdownHook(new Thread(p::stop, "preview-stop"));
            String exposed = exposure(host, p.server.getAddress().getPort());
            if (exposed != null) out.println(exposed);
            Process cms = LocalCmsBackend.start(options.projectDir().toAbsolutePath().normalize(), out);
            out.println("Preview: " + p.url() + " (Vietnamese) and " + p.url() + "en/ (English). Ctrl+C stops it.");
            if (cms != null) out.println("Editors' CMS: " + p.url() + "admin/ (saves into this folder's content/)");
            p.watching.join();
            return 0;
        } catch (IOException e) {
            err.println("The preview could not start on port " + port + ": " + e.getMessage()
                    + ". Use another port: ./site serve --port 8081");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Builds once, then serves on 127.0.0.1 (port 0: any free port) and rebuilds on every change, in the background. */
    public static PreviewServer start(BuildOptions options, int port, PrintStream out, PrintStream err) throws IOException {
        return start(options, LOCAL_HOST, port, out, err);
    }

    /** The same, listening on host. */
    public static PreviewServer start(BuildOptions options, String host, int port, PrintStream out, PrintStream err) throws IOException {
        PreviewServer p = new PreviewServer(options, out, err);
        p.server = listen(host, port);
        p.executor = (java.util.concurrent.ExecutorService) p.server.getExecutor();
        int actual = p.server.getAddress().getPort();
        String shown = isLoopback(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        p.url = options.siteUrl() != null ? options.siteUrl() : "http://" + shown + ":" + actual + "/";
        BuildOptions preview = options.withSiteUrl(p.url);
        String base = URI.create(p.url.endsWith("/") ? p.url : p.url + "/").getPath();
        Path root = preview.out().toAbsolutePath().normalize();
        p.rebuild(preview);
        p.server.createContext("/", ex -> serve(ex, root, base, true));
        p.server.createContext("/__preview/", p::previewAsset);
        p.server.start();
        p.watcher = FileSystems.getDefault().newWatchService();
        Path project = preview.projectDir().toAbsolutePath().normalize();
        project.register(p.watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        for (String dir : WATCHED) registerTree(project.resolve(dir), p.watcher);
        p.watching = new Thread(() -> p.watch(preview), "preview-watcher");
        p.watching.setDaemon(true);
        p.watching.start();
        return p;
    }

    public String url() { return url; }
    public int port() { return server.getAddress().getPort(); }
    public java.net.InetAddress address() { return server.getAddress().getAddress(); }
    public long version() { return version.get(); }

    /**
     * Stops watching, waits for a rebuild in progress to finish (so its output folder's lock is released and no
     * half-written staging folder is left), then closes the port. Ctrl+C runs this too.
     */
    public void stop() {
        if (stopped.getAndSet(true)) return;
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing ends the watch loop either way
        }
        try {
            if (building.tryLock(5, TimeUnit.MINUTES)) building.unlock();
            memory.settle(TimeUnit.MINUTES.toMillis(1)); // the caches the next process reads, on the disk
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
        out.println("Preview stopped.");
    }

    /**
     * An HTTP server on host:port (not yet started) answering on {@value #THREADS} threads, so that slow or stalled
     * clients (each cut off after {@value #REQUEST_SECONDS} s) do not keep a normal request waiting.
     */
    static HttpServer listen(String host, int port) throws IOException {
        // read once by the JDK's server when its first instance is made: a client that sends its request slower is cut off
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        return server;
    }

    /** The line said when the preview listens on an address other machines can reach; null for this machine only. */
    static String exposure(String host, int port) {
        if (isLoopback(host)) return null;
        return "The preview is exposed on the network: anyone who can reach this machine at " + host + ":" + port
                + " sees the drafts too. Without --host it listens on this machine only (127.0.0.1).";
    }

    static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private void watch(BuildOptions preview) {
        Path project = preview.projectDir().toAbsolutePath().normalize();
        try {
            while (true) {
                WatchKey key = watcher.take();
                java.util.Set<Path> changes = new java.util.TreeSet<>();
                collect(key, project, changes);
                if (changes.isEmpty()) continue;
                // Editors save in bursts (temp file, rename): wait for the burst to end.
                WatchKey more;
                while ((more = watcher.poll(100, TimeUnit.MILLISECONDS)) != null) collect(more, project, changes);
                java.util.List<Path> files = changes.stream().filter(Files::isRegularFile).toList();
                if (files.size() == 1 && state != null) quick(files.get(0));
                out.println("Change seen, rebuilding…");
                rebuild(preview);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        } catch (IOException e) {
            err.println("The preview stopped watching for changes: " + e.getMessage());
        }
    }

    private void collect(WatchKey key, Path project, java.util.Set<Path> changes) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            Path changed = dir.resolve(String.valueOf(event.context()));
            if (dir.equals(project) && !changed.getFileName().toString().equals(SiteConfig.FILE)) continue;
            if (changed.getFileName().toString().startsWith(".") || changed.getFileName().toString().endsWith("~")) continue;
            changes.add(changed);
            if (Files.isDirectory(changed)) registerTree(changed, watcher);
        }
        key.reset();
    }

    /** One saved article: shown at once (or its problems), before the full rebuild updates the rest. */
    private void quick(Path file) {
        long t = System.nanoTime();
        QuickRender.Outcome o = QuickRender.page(state, file, options.out().toAbsolutePath().normalize());
        if (o.rendered() != null) {
            problems = java.util.List.of();
            version.incrementAndGet();
            out.println("Shown at once: " + o.rendered() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms; now the lists, feeds and cards…");
        } else if (o.problems() != null) {
            problems = o.problems().sorted();
            version.incrementAndGet();
        }
    }

    /** Builds, prints the outcome, and records it (in both languages) for the pages' live-reload script. */
    private void rebuild(BuildOptions preview) {
        building.lock();
        try {
            if (stopped.get()) return;
            BuildRun.Outcome outcome = BuildRun.attempt(builder, preview, BuildLock.Wait.bounded("serve", null), out, err);
            problems = outcome.problems();
            if (outcome.state() != null) state = outcome.state();
            version.incrementAndGet();
        } finally {
            building.unlock();
        }
    }

    private void previewAsset(HttpExchange ex) throws IOException {
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
                StringBuilder json = new StringBuilder("{\"version\":").append(version.get()).append(",\"ok\":")
                        .append(problems.isEmpty()).append(",\"problems\":[");
                for (int i = 0; i < problems.size(); i++) {
                    if (i > 0) json.append(',');
                    var p = problems.get(i);
                    json.append("{\"vi\":").append(jsonString(p.in(vn.gialai.cds.vocabulary.Language.VI)))
                            .append(",\"en\":").append(jsonString(p.in(vn.gialai.cds.vocabulary.Language.EN))).append('}');
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

    /** Serves with the headers the public host sends (CSP and the rest): the browser tests run under them. */
    public static void serveAsHost(HttpExchange ex, Path root, String base) throws IOException {
        HostHeaders.forPath(ex.getRequestURI().getPath()).forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        serve(ex, root, base, false);
    }

    /**
     * Serves the built site (files/StaticFiles: only files under root, HEAD, byte ranges); with live=true (the editors'
     * preview) with the public host's headers and, in every HTML page, the live-reload script.
     */
    public static void serve(HttpExchange ex, Path root, String base, boolean live) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String path = StaticFiles.decodedPath(ex);
            if (path == null) {
                ex.sendResponseHeaders(400, -1);
                return;
            }
            if (live) HostHeaders.forPath(path).forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            Path file = null;
            if (path.startsWith(base)) {
                Path f = StaticFiles.resolve(root, path.substring(base.length()));
                if (f != null) {
                    if (Files.isDirectory(f)) {
                        if (!path.endsWith("/")) {
                            ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
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
            byte[] body = Files.readAllBytes(file);
            String type = StaticFiles.typeOf(file);
            // not /admin/: a reload there would lose what the editor is typing
            if (live && type.startsWith("text/html") && !path.startsWith(base + "admin/")) {
                String html = new String(body, StandardCharsets.UTF_8)
                        .replace("</body>", "<script src=\"/__preview/live.js\" defer></script>\n</body>");
                body = html.getBytes(StandardCharsets.UTF_8);
            }
            StaticFiles.send(ex, status, type, body);
        }
    }
}
