package vn.gialai.cds.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.publish.HostHeaders;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Nginx;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site served by Debian's nginx (on loopback) with the configuration the build writes: every file answers, with its headers. */
class NginxTest {
    private static Nginx server;
    private static String base;
    private static final HttpClient HTTP = Nginx.HTTP;

    @BeforeAll
    static void startNginx() throws Exception {
        server = Nginx.serve(BuiltSite.get().out);
        base = server.base;
    }

    @AfterAll
    static void stopNginx() {
        if (server != null) server.close();
    }

    private static HttpResponse<Void> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void everyPageAndFileAnswers200() throws Exception {
        Path root = BuiltSite.get().out;
        List<String> failed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = "/" + root.relativize(f).toString().replace('\\', '/');
                if (rel.endsWith("/index.html")) rel = rel.substring(0, rel.length() - "index.html".length());
                int status = get(rel).statusCode();
                if (status != 200) failed.add(rel + " → " + status);
            }
        }
        assertTrue(failed.isEmpty(), failed.toString());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndRevalidate() throws Exception {
        var r = get("/linh-vuc/y-te/");
        // what the site promises, stated here and not taken from HostHeaders, so emptying that class fails the test
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), "the policy has " + directive + ": " + csp);
        }
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertTrue(r.headers().firstValue("Referrer-Policy").isPresent());
        for (var e : HostHeaders.security().entrySet()) {
            assertEquals(e.getValue(), r.headers().firstValue(e.getKey()).orElse(""), e.getKey());
        }
        assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void fingerprintedAssetsAreCachedForAYearAsImmutable() throws Exception {
        Path css = Files.list(BuiltSite.get().out.resolve("assets/css")).findFirst().orElseThrow();
        var r = get("/assets/css/" + css.getFileName());
        assertEquals(HostHeaders.IMMUTABLE, r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(HostHeaders.IMMUTABLE.contains("max-age=31536000") && HostHeaders.IMMUTABLE.contains("immutable"), "a year, immutable");
        assertEquals(HostHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        Path js = Files.list(BuiltSite.get().out.resolve("assets/js")).findFirst().orElseThrow();
        assertEquals(HostHeaders.IMMUTABLE, get("/assets/js/" + js.getFileName()).headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aMissingPageGetsTheNotFoundPageOfItsLanguage() throws Exception {
        var vi = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/khong-co-trang-nay/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, vi.statusCode());
        assertTrue(vi.body().contains("lang=\"vi\""));
        var en = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/en/no-such-page/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("lang=\"en\""));
    }
}
