package vn.gialai.cds.pipeline;

import vn.gialai.cds.files.AtomicFiles;
import vn.gialai.cds.files.Hashes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The dependency map of the rendered pages, saved with the caches: for each page of the published site, the
 * fingerprint of everything its template was handed (pages/ModelFingerprint: its own text, its translation's address,
 * the lists, neighbours, figures and menus it shows), and the size and modification time its file had when published.
 *
 * <p>A build that finds a page's model unchanged, and its file in the last site as it was left, takes the file from
 * the last site instead of rendering it; every other page is rendered. The map holds for one output folder and one
 * state of the code, templates, messages and settings (its first line): when any of these changed, or the file is
 * missing, half-written or of another format, the map is not used and every page is rendered (by JBake).
 */
final class RenderMap {
    static final String FORMAT = "render-map-4";

    /**
     * One published page: its model's fingerprint, its file's size and modification time (ns) when published, and the
     * content hash of its bytes (so the checks know a page taken from the last site without reading it again), and the
     * identity of the page's body (pipeline/ModelInputs#body; "-" for a card), and what other pages' checks read of it
     * (checks/PageFacts#outward; "-" for a card or a page not known).
     */
    record Entry(String fingerprint, long size, long modifiedNanos, String hash, String body, String outward) {}

    private final String state;
    private final String inputs;
    private final Map<String, Entry> entries;
    /** Every file of the site as its build published it (pages, cards and the rest); null when the map does not say. */
    private final java.util.Set<String> files;

    /** The digest of the files the last build's checks resolved addresses against (checks/OutputSite#filesDigest); "-": none. */
    private final String checkedFiles;

    private RenderMap(String state, String inputs, String checkedFiles, Map<String, Entry> entries, java.util.Set<String> files) {
        this.state = state;
        this.inputs = inputs;
        this.checkedFiles = checkedFiles;
        this.entries = entries;
        this.files = files;
    }

    /** The digest of the files the last build's checks resolved addresses against (checks/OutputSite#filesDigest). */
    String checkedFiles() { return checkedFiles; }

    /** What other pages' checks read of the page at outputFile in the last site (checks/PageFacts#outward); null if not known. */
    String outward(String outputFile) {
        Entry e = entries.get(outputFile);
        return e == null || e.outward().equals("-") ? null : e.outward();
    }

    /**
     * Every file of the site in out as the build that wrote this map published it, or null when the map does not list
     * them (a full build's). Trustworthy because the map is deleted before a build starts to publish and written only
     * after (pipeline/SiteBuilder): a build stopped in between leaves no map, and the next build is a full one.
     */
    java.util.Set<String> files() { return files; }

    /** The fingerprint of what the last build's models were made from besides the bodies (pipeline/ModelInputs). */
    String inputs() { return inputs; }

    /**
     * True when the models are made from what the last site's were, bodies aside (pipeline/ModelInputs): its data,
     * indicators, settings, headers, stylesheet, scripts and day are this build's too.
     */
    boolean sameInputs(String inputs) { return inputs != null && inputs.equals(this.inputs); }

    /** The map's file for an output folder (the tests share a cache folder between outputs). */
    static Path file(Path out) {
        return Caches.dir(out, "render-cache").resolve(Hashes.of(out.toString()).substring(0, 16) + ".txt");
    }

    /** The saved map, if there is one for this state of code and input; otherwise null (render everything). */
    static RenderMap load(Path file, String state) {
        return load(file, state, null);
    }

    /** The same, taken from memory (files/FileMemo, or null: none) while the file is the one read or written last. */
    static RenderMap load(Path file, String state, vn.gialai.cds.files.FileMemo<RenderMap> memo) {
        RenderMap map = memo == null ? parse(file) : memo.read(file, RenderMap::parse);
        return map != null && map.state.equals(state) ? map : null;
    }

    /** The map in the file, whatever state it was saved for; null when there is none, or it is damaged or of another format. */
    private static RenderMap parse(Path file) {
        try {
            if (!Files.isRegularFile(file)) return null;
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            if (nl < 0) return null;
            String[] head = text.substring(0, nl).split(" ");
            String body = text.substring(nl + 1);
            if (head.length != 6 || !head[0].equals(FORMAT) || !List.of("listed", "unlisted").contains(head[4])
                    || !head[5].equals(Hashes.checksum(body.getBytes(StandardCharsets.UTF_8)))) return null;
            Map<String, Entry> entries = new java.util.HashMap<>();
            java.util.Set<String> files = head[4].equals("listed") ? new java.util.HashSet<>() : null;
            for (String line : body.split("\n")) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t");
                if (f.length == 1 && files != null) {
                    files.add(f[0]); // a file of the site that is not a page or card of the map
                    continue;
                }
                if (f.length != 7) return null;
                entries.put(f[0], new Entry(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4], f[5], f[6]));
                if (files != null) files.add(f[0]);
            }
            return new RenderMap(head[1], head[2], head[3], entries, files);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or damaged: every page is rendered, and a good map is written after
        }
    }

    /**
     * Whether the page at outputFile can be taken from the last site in out: its model had this fingerprint, and its
     * file is still the one that was published (same size and modification time).
     */
    Entry unchanged(String outputFile, String fingerprint, Path out) {
        Entry e = entries.get(outputFile);
        if (e == null || fingerprint == null || !e.fingerprint().equals(fingerprint)) return null;
        return intact(outputFile, e, out) ? e : null;
    }

    /**
     * The last build's entry for a page whose model is known to be unchanged without being made (its body and every
     * other input as they were: pipeline/ModelInputs), if its file is still the one published; otherwise null.
     */
    Entry sameBody(String outputFile, String body, Path out) {
        Entry e = entries.get(outputFile);
        if (e == null || !e.body().equals(body)) return null;
        return intact(outputFile, e, out) ? e : null;
    }

    /** The identity of the body the page at outputFile had in the last site (pipeline/ModelInputs#body); null if it had none. */
    String body(String outputFile) {
        Entry e = entries.get(outputFile);
        return e == null ? null : e.body();
    }

    private static boolean intact(String outputFile, Entry e, Path out) {
        try {
            BasicFileAttributes a = Files.readAttributes(out.resolve(outputFile), BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == e.modifiedNanos();
        } catch (IOException ex) {
            return false;
        }
    }

    /** Whether the last site in out has a share card with this key (sharing/Cards#key) at path, still as it was published. */
    boolean card(String path, String key, Path out) {
        return unchanged(path, CARD + key, out) != null;
    }

    /** The key (sharing/Cards#key) of the card the last site had at path; null when it had none there. */
    String cardKey(String path) {
        Entry e = entries.get(path);
        return e != null && e.fingerprint().startsWith(CARD) ? e.fingerprint().substring(CARD.length()) : null;
    }

    /** How a card's entry marks its fingerprint: the card's key, which is what is drawn on it. */
    static final String CARD = "card:";

    /**
     * Writes the map of a site just published in out: each page's fingerprint (null: none) with its file as it is now
     * and the content hash (files/Hashes) of its bytes (hashOf.apply(page), as the checks read it; null: the page is left out), the identity
     * of its body (bodies; "-" for none) and what the models were made from besides the bodies (inputs; null: none). A
     * file kept in place from the last site (kept) keeps the size and time the previous map gave it, without a look.
     * siteFiles lists every file of the site just published, for the next build's deletions (null: not known).
     */
    static void save(Path file, String state, String inputs, Map<String, String> fingerprints, Map<String, String> bodies, Path out,
                     java.util.function.Function<String, String> hashOf, RenderMap previous, java.util.Set<String> kept,
                     java.util.Collection<String> siteFiles) throws IOException {
        save(file, state, inputs, fingerprints, bodies, out, hashOf, page -> null, null, previous, kept, siteFiles, null);
    }

    /**
     * The same, with what other pages' checks read of each page (outward.apply(page): checks/PageFacts#outward; null: not
     * known) and the digest of the files the checks resolved addresses against (checkedFiles; null: not known), leaving the
     * map saved in memory (files/FileMemo, or null: none) for the next build to load from there.
     */
    static void save(Path file, String state, String inputs, Map<String, String> fingerprints, Map<String, String> bodies, Path out,
                     java.util.function.Function<String, String> hashOf, java.util.function.Function<String, String> outward,
                     String checkedFiles, RenderMap previous, java.util.Set<String> kept,
                     java.util.Collection<String> siteFiles, vn.gialai.cds.files.FileMemo<RenderMap> memo) throws IOException {
        StringBuilder body = new StringBuilder();
        Map<String, Entry> entries = new java.util.HashMap<>();
        // in no particular order: a map is read into a map (sorting twelve thousand paths cost more than the rest)
        for (Map.Entry<String, String> e : fingerprints.entrySet()) {
            String hash = hashOf.apply(e.getKey());
            if (e.getValue() == null || hash == null) continue;
            long size;
            long modified;
            Entry last = previous != null && kept.contains(e.getKey()) ? previous.entries.get(e.getKey()) : null;
            if (last != null) {
                // kept in place, found intact at the start of this build and not touched since: as the map had it
                size = last.size();
                modified = last.modifiedNanos();
            } else {
                try {
                    BasicFileAttributes a = Files.readAttributes(out.resolve(e.getKey()), BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    size = a.size();
                    modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                } catch (IOException missing) {
                    continue;
                }
            }
            String facing = outward.apply(e.getKey());
            Entry entry = new Entry(e.getValue(), size, modified, hash, bodies.getOrDefault(e.getKey(), "-"), facing == null ? "-" : facing);
            body.append(e.getKey()).append('\t').append(entry.fingerprint()).append('\t').append(size).append('\t')
                    .append(modified).append('\t').append(hash).append('\t').append(entry.body()).append('\t').append(entry.outward())
                    .append('\n');
            entries.put(e.getKey(), entry);
        }
        java.util.Set<String> files = siteFiles == null ? null : new java.util.HashSet<>(siteFiles);
        if (files != null) {
            for (String f : siteFiles) if (!entries.containsKey(f)) body.append(f).append('\n');
            files.addAll(entries.keySet());
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        String head = FORMAT + " " + state + " " + (inputs == null ? "-" : inputs) + " " + (checkedFiles == null ? "-" : checkedFiles)
                + " " + (siteFiles != null ? "listed" : "unlisted")
                + " " + Hashes.checksum(bytes) + "\n";
        AtomicFiles.write(file, tmp -> {
            try (var o = Files.newOutputStream(tmp)) {
                o.write(head.getBytes(StandardCharsets.UTF_8));
                o.write(bytes);
            }
        });
        // what a load of the file just written gives
        if (memo != null) memo.wrote(file, new RenderMap(state, inputs == null ? "-" : inputs, checkedFiles == null ? "-" : checkedFiles,
                entries, files));
    }

    /**
     * Everything every page's output depends on besides its model: the build's code and libraries, the templates and
     * their message bundles, the site's address and whether this is the preview.
     */
    static String state(Path project, String siteUrl, String basePath, boolean preview) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write((CODE + "\n" + siteUrl + "\n" + basePath + "\n" + preview + "\n").getBytes(StandardCharsets.UTF_8));
        Path templates = project.resolve("templates");
        try (Stream<Path> s = Files.walk(templates)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                all.write(templates.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                all.write(0);
                all.write(Hashes.of(Files.readAllBytes(p)).getBytes(StandardCharsets.UTF_8));
                all.write('\n');
            }
        }
        return Hashes.of(all.toByteArray());
    }

    /** The build's own classes and the libraries on its class path (by file name, which carries the version). */
    static final String CODE = codeFingerprint();

    private static String codeFingerprint() {
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            List<String> jars = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                jars.add(Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString());
            }
            jars.sort(null);
            all.write(String.join("\n", jars).getBytes(StandardCharsets.UTF_8));
            Path code = Path.of(RenderMap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                Path root = code.resolve("vn");
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        all.write(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = Files.newInputStream(p)) {
                            all.write(Hashes.of(in.readAllBytes()).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            } else {
                all.write(Hashes.of(Files.readAllBytes(code)).getBytes(StandardCharsets.UTF_8));
            }
            return Hashes.of(all.toByteArray());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never matches: every page is rendered
        }
    }
}
