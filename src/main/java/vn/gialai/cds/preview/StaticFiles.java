package vn.gialai.cds.preview;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serving the files of one folder over HTTP, as strictly as the public host: only files under the folder, whatever
 * the request's spelling ({@code ..} plain or percent-encoded once or twice, backslashes, absolute paths, overlong
 * UTF-8, a symbolic link leading out); HEAD answered with the headers of GET; one byte range (RFC 9110: 206 with
 * Content-Range, 416 when it cannot be met); every other spelling of a range answered with the whole file.
 */
public final class StaticFiles {
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"),
            Map.entry("xsl", "application/xslt+xml; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("webmanifest", "application/manifest+json"));
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /**
     * The file a request path names under root, or null: the path is decoded once, and refused when it holds a
     * backslash, a NUL, a ".." segment, a character that is not valid UTF-8, or leads (also through a link) out of root.
     */
    public static Path resolve(Path root, String rel) {
        if (rel.indexOf('\\') >= 0 || rel.indexOf('\0') >= 0 || rel.indexOf('\uFFFD') >= 0 || rel.startsWith("/")) return null;
        for (String segment : rel.split("/", -1)) if (segment.equals("..") || segment.equals(".")) return null;
        try {
            Path r = root.toAbsolutePath().normalize();
            Path f = r.resolve(rel).normalize();
            if (!f.startsWith(r)) return null;
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) return f; // not there: the caller answers 404
            if (!f.toRealPath().startsWith(r.toRealPath())) return null;
            return f;
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    /** The request's path, percent-decoded once (strictly: a malformed escape gives null). */
    static String decodedPath(HttpExchange ex) {
        try {
            return new URI(ex.getRequestURI().toString()).getPath();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Sends body (GET) or only its headers (HEAD), honouring one Range: bytes=… of a 200 answer. */
    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        if (!h.containsKey("Cache-Control")) h.set("Cache-Control", "no-cache");
        int from = 0;
        int to = body.length - 1;
        String range = ex.getRequestHeaders().getFirst("Range");
        if (status == 200) {
            h.set("Accept-Ranges", "bytes");
            if (range != null) {
                Matcher m = RANGE.matcher(range.strip());
                if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                    long a;
                    long b;
                    if (m.group(1).isEmpty()) { // the last n bytes
                        long n = parse(m.group(2));
                        a = Math.max(0, body.length - n);
                        b = body.length - 1;
                        if (n == 0) a = body.length;
                    } else {
                        a = parse(m.group(1));
                        b = m.group(2).isEmpty() ? body.length - 1 : Math.min(parse(m.group(2)), body.length - 1);
                        if (!m.group(2).isEmpty() && parse(m.group(2)) < a) { // a syntactically invalid range is ignored
                            a = 0;
                            b = body.length - 1;
                            range = null;
                        }
                    }
                    if (a >= body.length) {
                        h.set("Content-Range", "bytes */" + body.length);
                        h.remove("Content-Type");
                        ex.sendResponseHeaders(416, -1);
                        return;
                    }
                    if (range != null) {
                        from = (int) a;
                        to = (int) b;
                        status = 206;
                        h.set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
                    }
                }
            }
        }
        int length = to - from + 1;
        if ("HEAD".equals(ex.getRequestMethod())) {
            h.set("Content-Length", String.valueOf(length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body, from, length);
            }
        }
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // more digits than any file has bytes
        }
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT), "application/octet-stream");
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private StaticFiles() {}
}
