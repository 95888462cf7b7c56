package vn.gialai.cds.support;

import vn.gialai.cds.publish.HostHeaders;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Debian's nginx on loopback, serving one folder with the server block the build writes (HostHeaders.nginxServer). */
public final class Nginx implements AutoCloseable {
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    /** http://127.0.0.1:PORT, without a trailing slash. */
    public final String base;

    private Nginx(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    public static Nginx serve(Path root) throws IOException, InterruptedException {
        String binary = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").filter(p -> new File(p).canExecute()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Debian's nginx is not installed: apt-get install -y nginx (.ci/run does it)"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Path prefix = Temp.dir("nginx-");
        Files.createDirectories(prefix.resolve("tmp"));
        String conf = "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n"
                + "    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n    access_log off;\n"
                + "    client_body_temp_path " + prefix.resolve("tmp") + ";\n    proxy_temp_path " + prefix.resolve("tmp") + ";\n"
                + "    fastcgi_temp_path " + prefix.resolve("tmp") + ";\n    uwsgi_temp_path " + prefix.resolve("tmp") + ";\n"
                + "    scgi_temp_path " + prefix.resolve("tmp") + ";\n"
                + HostHeaders.nginxServer("127.0.0.1", port, root.toString()).replace("listen " + port, "listen 127.0.0.1:" + port)
                + "}\n";
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process p = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", file.toString()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("out.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        for (int i = 0; i < 100; i++) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
                return new Nginx(p, base);
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        p.destroy();
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("out.log")));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        process.destroy();
    }
}
