package vn.gialai.cds.support;

import com.sun.net.httpserver.HttpServer;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.preview.PreviewServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * /admin/ against a local checkout, as an editor without a forge account meets it: a fixture copy of its own (with the
 * real admin/ and node_modules), built, served with the host's headers, and Decap's local server (decap-server, in
 * its file-system mode) writing into that copy.
 */
public final class LocalCms implements AutoCloseable {
    public final Path project;
    public final Path out;
    public final String baseUrl;
    private final HttpServer server;
    private final Process decapServer;

    private LocalCms(Path project, Path out, String baseUrl, HttpServer server, Process decapServer) {
        this.project = project;
        this.out = out;
        this.baseUrl = baseUrl;
        this.server = server;
        this.decapServer = decapServer;
    }

    public static LocalCms start() {
        Path real = Projects.real();
        if (!Files.isRegularFile(real.resolve("node_modules/decap-cms/dist/decap-cms.js"))) {
            throw new AssertionError("node_modules/ is missing: run npm ci in the project folder (.ci/run does)");
        }
        try {
            Path project = Projects.fixtureCopy();
            Projects.copyTree(real.resolve("admin"), project.resolve("admin"));
            Files.createSymbolicLink(project.resolve("node_modules"), real.resolve("node_modules"));
            Path out = Temp.dir("gialai-cms-out-").resolve("site");
            Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withSiteUrl(BuiltSite.SITE_URL)
                    .withNow(Projects.FIXTURE_NOW));
            int port = freePort();
            Path config = out.resolve("admin/config.yml");
            Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8).replace("local_backend: true",
                    "local_backend: { url: \"http://127.0.0.1:" + port + "/api/v1\" }"), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("node", real.resolve("node_modules/decap-server/dist/index.js").toString())
                    .directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(Temp.dir("decap-server-log-").resolve("log.txt").toFile());
            pb.environment().put("PORT", Integer.toString(port));
            pb.environment().put("BIND_HOST", "127.0.0.1");
            pb.environment().put("MODE", "fs");
            pb.environment().put("GIT_REPO_DIRECTORY", project.toString());
            Process decap = pb.start();
            waitForPort(port, decap);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", ex -> PreviewServer.serveAsHost(ex, out, "/"));
            server.start();
            return new LocalCms(project, out, "http://127.0.0.1:" + server.getAddress().getPort() + "/", server, decap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port, Process p) throws IOException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            if (!p.isAlive()) throw new AssertionError("decap-server stopped (exit " + p.exitValue() + ")");
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); return; }
            }
        }
        throw new AssertionError("decap-server did not listen on port " + port + " within 30 s");
    }

    @Override
    public void close() {
        server.stop(0);
        decapServer.destroy();
    }
}
