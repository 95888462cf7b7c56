package vn.gialai.cds.checks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.Hashes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of output pages (links, ids, language versions, figures) kept between builds by the SHA-256 of each page's
 * bytes, so a build after one change parses only the pages whose bytes changed. The file starts with one line: its
 * format, the fingerprint of the code that takes facts from a page (these classes and jsoup's), and a checksum of the
 * rest (files/Hashes#checksum); a file that does not match in every part (half-written, another version, edited) is ignored and every page is
 * parsed. Written whole through files/AtomicFiles, holding only the pages of the last build.
 */
final class FactsCache {
    static final String FORMAT = "page-facts 2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, PageFacts>> ENTRIES = new TypeReference<>() {};

    private final Map<String, PageFacts> known;
    private final Map<String, PageFacts> used = new ConcurrentHashMap<>();

    private FactsCache(Map<String, PageFacts> known) { this.known = known; }

    static FactsCache read(Path file) {
        try {
            if (!Files.isRegularFile(file)) return new FactsCache(Map.of());
            byte[] all = Files.readAllBytes(file);
            int nl = 0;
            while (nl < all.length && all[nl] != '\n') nl++;
            if (nl == all.length) return new FactsCache(Map.of());
            byte[] body = java.util.Arrays.copyOfRange(all, nl + 1, all.length);
            all = java.util.Arrays.copyOf(all, nl);
            if (!new String(all, StandardCharsets.UTF_8).equals(header(body))) return new FactsCache(Map.of());
            return new FactsCache(JSON.readValue(body, ENTRIES));
        } catch (IOException | RuntimeException e) {
            return new FactsCache(Map.of()); // unreadable: everything parsed, as without a cache
        }
    }

    PageFacts get(String hash) { return known.get(hash); }

    int knownCount() { return known.size(); }

    void put(String hash, PageFacts facts) { used.put(hash, facts); }

    void write(Path file) throws IOException {
        // the same pages as the file holds (facts are a function of a page's bytes): nothing to write
        if (used.keySet().equals(known.keySet()) && Files.isRegularFile(file)) return;
        byte[] body = JSON.writeValueAsBytes(new TreeMap<>(used));
        byte[] head = (header(body) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, tmp -> {
            try (var o = Files.newOutputStream(tmp)) {
                o.write(head);
                o.write(body);
            }
        });
    }

    private static String header(byte[] body) {
        return FORMAT + " " + CODE + " " + Hashes.checksum(body);
    }

    /** The code whose change makes every cached fact stale: how facts are taken, and the HTML parser's version. */
    static final String CODE = fingerprint();

    private static String fingerprint() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (Class<?> c : new Class<?>[]{PageFacts.class, PageFacts.Link.class, PageFacts.Alternate.class,
                    PageFacts.FigureFacts.class, FactsCache.class, org.jsoup.Jsoup.class, org.jsoup.parser.HtmlTreeBuilder.class,
                    org.jsoup.parser.Parser.class, org.jsoup.select.QueryParser.class}) {
                try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
                    if (in == null) return "unknown-" + System.nanoTime(); // never matches: no cache without a fingerprint
                    all.write(c.getName().getBytes(StandardCharsets.UTF_8));
                    all.write(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            return "unknown-" + System.nanoTime();
        }
        return Hashes.sha256(all.toByteArray());
    }
}
