package vn.gialai.cds.preview;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.publish.HostHeaders;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Temp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview is the one program of the project that listens on a network: it is tried here as an attacker and a
 * crowd would, with raw HTTP requests (a browser or Java's HTTP client would clean up the odd ones first).
 */
class PreviewServerTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-SITE";
    private static final byte[] PAGE = "<!doctype html><html lang=vi><title>t</title><body><p>0123456789</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static HttpServer server;
    private static Path root;
    private static int port;

    @BeforeAll
    static void serveAFolder() throws IOException {
        Path dir = Temp.dir("preview-root-");
        root = dir.resolve("site");
        Files.createDirectories(root.resolve("en"));
        Files.write(root.resolve("index.html"), PAGE);
        Files.writeString(root.resolve("404.html"), "<!doctype html><title>404</title><p>Không tìm thấy</p>");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("site.txt"), SECRET); // a sibling whose name starts like the root's
        Files.createSymbolicLink(root.resolve("link"), dir);
        server = PreviewServer.listen(PreviewServer.LOCAL_HOST, 0);
        server.createContext("/", ex -> PreviewServer.serve(ex, root, "/", true));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }
    }

    /** One raw request (request line and header lines as given), read to the end. */
    static Response request(String requestLine, String... headers) throws IOException {
        try (Socket s = new Socket(PreviewServer.LOCAL_HOST, port)) {
            s.setSoTimeout(20_000);
            StringBuilder r = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String h : headers) r.append(h).append("\r\n");
            OutputStream o = s.getOutputStream();
            o.write(r.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            byte[] all = s.getInputStream().readAllBytes();
            String head = new String(all, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            String[] lines = head.substring(0, end).split("\r\n");
            Map<String, String> h = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int c = lines[i].indexOf(':');
                h.put(lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), h, body);
        }
    }

    @Test
    void itListensOnThisMachineOnlyUnlessToldAndThenSaysSo() {
        assertTrue(server.getAddress().getAddress().isLoopbackAddress());
        assertNull(PreviewServer.exposure("127.0.0.1", 8080));
        assertNull(PreviewServer.exposure("localhost", 8080));
        assertTrue(PreviewServer.exposure("0.0.0.0", 8080).startsWith("The preview is exposed on the network"));
    }

    @Test
    void noSpellingOfDotDotLeadsOutOfTheFolder() throws IOException {
        for (String target : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt",
                "/..\\secret.txt", "//" + root.getParent().resolve("secret.txt"), "/%2f" + root.getParent().resolve("secret.txt"),
                "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%c0%af../secret.txt",
                "/link/secret.txt", "/./../secret.txt", "/en/../../secret.txt", "/../site.txt", "/%00/../secret.txt",
                "http://localhost/../secret.txt", root.getParent().resolve("secret.txt").toString())) {
            Response r;
            try {
                r = request("GET " + target + " HTTP/1.1");
            } catch (IOException | RuntimeException e) {
                continue; // the server closed the connection: nothing was served
            }
            assertFalse(r.text().contains(SECRET), target + " served the file outside");
            assertNotEquals(200, r.status(), target);
        }
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws IOException {
        Response get = request("GET / HTTP/1.1");
        Response head = request("HEAD / HTTP/1.1");
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(get.headers().get("content-length"), head.headers().get("content-length"));
        assertEquals(get.headers().get("content-type"), head.headers().get("content-type"));
        assertEquals(get.headers().get("content-security-policy"), head.headers().get("content-security-policy"));
    }

    @Test
    void byteRangesAreAnsweredAsHttpSays() throws IOException {
        byte[] whole = request("GET / HTTP/1.1").body();
        assertEquals("bytes", request("GET / HTTP/1.1").headers().get("accept-ranges"));
        Response first = request("GET / HTTP/1.1", "Range: bytes=0-4");
        assertEquals(206, first.status());
        assertEquals("bytes 0-4/" + whole.length, first.headers().get("content-range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 0, 5), first.body());
        Response last = request("GET / HTTP/1.1", "Range: bytes=-7");
        assertEquals(206, last.status());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 7, whole.length), last.body());
        Response from = request("GET / HTTP/1.1", "Range: bytes=10-");
        assertEquals("bytes 10-" + (whole.length - 1) + "/" + whole.length, from.headers().get("content-range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 10, whole.length), from.body());
        Response beyond = request("GET / HTTP/1.1", "Range: bytes=" + whole.length + "-");
        assertEquals(416, beyond.status());
        assertEquals("bytes */" + whole.length, beyond.headers().get("content-range"));
        assertEquals(200, request("GET / HTTP/1.1", "Range: bytes=0-1,4-5").status(), "several ranges: the whole file");
        assertEquals(200, request("GET / HTTP/1.1", "Range: bytes=5-2").status(), "an invalid range is ignored");
        Response headRange = request("HEAD / HTTP/1.1", "Range: bytes=0-4");
        assertEquals(206, headRange.status());
        assertEquals("5", headRange.headers().get("content-length"));
    }

    @Test
    void itSendsTheSecurityHeadersOfTheProductionHost() throws IOException {
        Response r = request("GET / HTTP/1.1");
        for (var e : HostHeaders.forPath("/").entrySet()) {
            assertEquals(e.getValue(), r.headers().get(e.getKey().toLowerCase(Locale.ROOT)), e.getKey());
        }
        Response missing = request("GET /khong-co/ HTTP/1.1");
        assertEquals(404, missing.status());
        assertEquals(HostHeaders.CSP, missing.headers().get("content-security-policy"));
    }

    @Test
    void twoHundredClientsAtOnceAreAllAnswered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) answers.add(pool.submit(() -> request("GET / HTTP/1.1").status()));
            for (Future<Integer> a : answers) assertEquals(200, a.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Forty clients that send half a request and then nothing (slowloris): a normal request is still answered at once. */
    @Test
    void stalledClientsDoNotKeepANormalRequestWaiting() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket(PreviewServer.LOCAL_HOST, port);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(300);
            long t = System.nanoTime();
            assertEquals(200, request("GET / HTTP/1.1").status());
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertTrue(ms < 3000, "answered in " + ms + " ms");
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    /**
     * Stopping (what Ctrl+C runs) while a rebuild is under way waits for it: the output folder's lock is free, no
     * staging folder is left, and the port can be taken again at once.
     */
    @Test
    void stoppingWaitsForTheRebuildAndReleasesPortAndLock() throws Exception {
        Path project = Projects.fixtureCopy();
        Path out = project.resolve("target/preview");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(said, true, StandardCharsets.UTF_8);
        PreviewServer p = PreviewServer.start(new BuildOptions(project, out, null).withNow(Projects.FIXTURE_NOW).withPreview(true), 0, ps, ps);
        int previewPort = p.port();
        assertTrue(p.address().isLoopbackAddress());
        Path page = project.resolve("content/vi/gioi-thieu.md");
        Files.writeString(page, Files.readString(page) + "\nThêm một câu.\n");
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!said.toString(StandardCharsets.UTF_8).contains("Change seen, rebuilding") && System.nanoTime() < end) Thread.sleep(50);
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("Change seen, rebuilding"), said.toString(StandardCharsets.UTF_8));
        p.stop();
        String text = said.toString(StandardCharsets.UTF_8);
        assertTrue(text.lastIndexOf("Built ") > text.indexOf("Change seen, rebuilding"), "the rebuild finished before the stop: " + text);
        assertTrue(text.endsWith("Preview stopped.\n"), text);
        assertFalse(Files.exists(SiteSwap.staging(out)));
        try (BuildLock free = BuildLock.acquire(out, BuildLock.Wait.bounded("test", Duration.ZERO))) {
            assertTrue(Files.readString(BuildLock.file(out)).contains("command=test"));
        }
        try (ServerSocket again = new ServerSocket(previewPort, 50, java.net.InetAddress.getByName(PreviewServer.LOCAL_HOST))) {
            assertEquals(previewPort, again.getLocalPort());
        }
    }
}
