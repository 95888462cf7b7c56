package vn.gialai.cds.bench;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.preview.PreviewServer;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * ./bench/run [N …]: for each N (articles per language), our full build, the same with cards and HTML verdicts from
 * their caches (equal work), our rebuild after one article changes, stock JBake and Hugo on the same synthetic
 * articles; median wall time, CPU time, peak memory; then the search page at the largest N and Lighthouse on the last
 * site. Prints a table and issue 17's targets against it, and writes docs/benchmarks.md.
 */
public final class Benchmark {
    record Run(double wall, double cpu, long rssKb, String stages) {}

    /** One timed process: its figures, exit code and output. */
    record Timed(Run run, int exit, String output) {}

    record Row(int n, int pages, String xmx, Run ours, Run equal, Run oneChange, double[] rebuild, Run jbake, Run hugo) {}

    private static final int RUNS = 3;
    /** The caches an equal-work build keeps (relative to the benchmark's folder of one site): cards and HTML verdicts. */
    static final List<String> EQUAL_WORK_KEEPS = List.of("cache/card-cache", "cache/html-cache");

    /** ./site's JVM options, with -Xmx raised when a size needs more (see ours()). */
    private static List<String> jvm;
    private static String mainCp;

    public static void main(String[] args) throws Exception {
        // 10,000 articles per language takes long on 2 cores: give it as an argument (./bench/run 50 500 2000 10000).
        int[] sizes = args.length == 0 ? new int[]{50, 500, 2000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        String loadBefore = load();
        mainCp = System.getProperty("bench.main.cp");
        String testCp = System.getProperty("java.class.path");
        List<String> siteOptions = siteJvmOptions(Files.readString(Path.of("site"), StandardCharsets.UTF_8));
        jvm = siteOptions;
        boolean hugo = new File("/usr/bin/hugo").canExecute();
        List<Row> rows = new ArrayList<>();
        String searchLine = "";
        Path lastOut = null;
        for (int n : sizes) {
            System.out.println("== " + n + " articles per language");
            Path site = SyntheticSite.create(n);
            List<Run> ours = new ArrayList<>();
            Path tmp = null;
            for (int i = 0; i < RUNS; i++) {
                // Only the last cold build's folder is used after: the others are deleted (at 10,000 articles per
                // language one is several GB).
                if (tmp != null) deleteTree(tmp);
                Path fresh = Files.createTempDirectory("bench-ours-");
                tmp = fresh;
                ours.add(ours(site, fresh, () -> clearAllBut(fresh, List.of())));
                System.out.println("  ours " + ours.get(i));
            }
            Path out = tmp.resolve("site");
            int pages = countHtml(out);
            // Issue 17's equal work: the same articles, cards and HTML verdicts from their caches, everything else cold
            // (every other cache and the last site deleted before each run).
            List<Run> equal = new ArrayList<>();
            Path last = tmp;
            for (int i = 0; i < RUNS; i++) {
                equal.add(ours(site, last, () -> clearAllBut(last, EQUAL_WORK_KEEPS)));
                System.out.println("  equal work (cards and HTML verdicts cached, the rest cold) " + equal.get(i));
            }
            // As CI with a cache runs it: a new process, the caches of the last build on disk, one article changed.
            Path article = site.resolve("content/vi/tin-tuc/tin-tong-hop-0.md");
            String original = Files.readString(article);
            List<Run> change = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Files.writeString(article, original + "\nMột câu mới của lần đo số " + i + ".\n");
                change.add(ours(site, last, () -> {}));
                System.out.println("  one change, new process, caches on disk " + change.get(i));
            }
            Files.writeString(article, original);
            double[] rebuild = rebuild(site);
            System.out.println("  one article changed: shown in " + rebuild[0] + " s, whole preview rebuilt in " + rebuild[1] + " s");
            Run jbake = null;
            if (n <= 2000) {
                Path stock = Comparisons.stockJBake(site);
                List<Run> j = new ArrayList<>();
                for (int i = 0; i < (n >= 2000 ? 1 : RUNS); i++) {
                    Path dest = Files.createTempDirectory("bench-jbake-");
                    j.add(time(List.of("java", "-Xmx2g", "-cp", testCp, "vn.gialai.cds.bench.StockJBake", stock.toString(), dest.toString())).run());
                    deleteTree(dest);
                    System.out.println("  stock JBake " + j.get(i));
                }
                deleteTree(stock);
                jbake = median(j);
            }
            Run h = null;
            if (hugo) {
                Path hs = Comparisons.hugo(site);
                List<Run> hr = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    Path dest = Files.createTempDirectory("bench-hugo-");
                    Timed t = time(List.of("/usr/bin/hugo", "--quiet", "-s", hs.toString(), "-d", dest.toString()));
                    if (t.exit() != 0) throw new IllegalStateException("Hugo failed at " + n + " articles per language:\n" + tail(t.output()));
                    deleteTree(dest);
                    hr.add(t.run());
                    System.out.println("  hugo " + hr.get(i));
                }
                deleteTree(hs);
                h = median(hr);
            }
            rows.add(new Row(n, pages, xmx(jvm), median(ours), median(equal), median(change), rebuild, jbake, h));
            if (n == sizes[sizes.length - 1]) {
                // After hours of builds, a browser that fails must not cost the report: the line says what went wrong.
                try {
                    searchLine = search(out, n);
                } catch (Exception e) {
                    searchLine = "Search at " + n + " articles per language: not measured (" + e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ").";
                }
            }
            if (lastOut != null) deleteTree(lastOut.getParent());
            lastOut = out;
            deleteTree(site);
        }
        Lighthouse lighthouse;
        try {
            lighthouse = lighthouseLine(lastOut);
        } catch (Exception e) {
            lighthouse = new Lighthouse("Lighthouse: failed (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ").", Targets.LighthouseScores.notRun());
        }
        String report = report(rows, hugo, searchLine, loadBefore, load(), lighthouse, siteOptions);
        System.out.println(report);
        Files.writeString(Path.of("docs/benchmarks.md"), report, StandardCharsets.UTF_8);
        deleteTree(lastOut.getParent());
    }

    /**
     * One of our builds, timed, in its own process with ./site's JVM options; prepare runs before each attempt. When the
     * build runs out of memory, its -Xmx is doubled (up to half the machine's memory) and the build run again, and the
     * larger heap is kept for the rest of the benchmark: the report names the heap of every row, so a size that
     * `./site build` as shipped cannot build shows.
     */
    static Run ours(Path site, Path tmp, IoAction prepare) throws IOException, InterruptedException {
        List<String> sharing = classDataSharing(site, tmp, prepare);
        while (true) {
            prepare.run();
            List<String> options = new ArrayList<>(jvm);
            options.addAll(sharing);
            Timed t = time(build(options, mainCp, site, tmp));
            if (t.exit() == 0) return t.run();
            if (t.output().contains("OutOfMemoryError") && heapMb(xmx(jvm)) * 2 <= machineMb() / 2) {
                jvm = raiseHeap(jvm);
                System.out.println("  (out of memory: again with " + xmx(jvm) + ")");
                continue;
            }
            throw new IllegalStateException("our build failed (exit " + t.exit() + "):\n" + tail(t.output()));
        }
    }

    interface IoAction { void run() throws IOException; }

    /**
     * Where the benchmark keeps its class data sharing archive, as ./site keeps target/site.jsa: written by a build
     * before the first timed one, used by every timed build (bench/run deletes it and copies the jar first).
     */
    static final Path ARCHIVE = Path.of("target/bench-site.jsa");

    /**
     * As ./site runs a build once its archive is there: the classes shared from it (silently unused when it is of other
     * jars). Before the first timed build, two untimed builds, as ./site after the jar changed: the first renders every
     * page and writes no archive, the second, after one article changed, writes it.
     */
    private static List<String> classDataSharing(Path site, Path tmp, IoAction prepare) throws IOException, InterruptedException {
        if (!Files.isRegularFile(ARCHIVE)) {
            prepare.run();
            Timed first = time(build(jvm, mainCp, site, tmp));
            Path article = site.resolve("content/vi/tin-tuc/tin-tong-hop-0.md");
            String original = Files.readString(article);
            Files.writeString(article, original + "\nMột câu mới trước lần đo đầu tiên.\n");
            List<String> dump = new ArrayList<>(jvm);
            dump.add("-XX:ArchiveClassesAtExit=" + ARCHIVE);
            Timed t;
            try {
                t = time(build(dump, mainCp, site, tmp));
            } finally {
                Files.writeString(article, original);
            }
            System.out.println("  (class data sharing archive written by the second of two untimed builds: exit " + first.exit() + " and "
                    + t.exit() + ", " + (Files.isRegularFile(ARCHIVE) ? Files.size(ARCHIVE) / (1 << 20) + " MB)" : "none)"));
        }
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE);
    }

    /** Our build of the site as a new user runs it (./site build's JVM options), with its caches in tmp/cache. */
    static List<String> build(List<String> jvmOptions, String mainCp, Path site, Path tmp) {
        // as ./site runs it: fewer malloc arenas (see the script and jvm.options)
        List<String> cmd = new ArrayList<>(List.of("env", "MALLOC_ARENA_MAX=2", "java"));
        cmd.addAll(jvmOptions);
        // Not one of ./site's options: it makes a lack of memory end the build at once, with a line saying so, instead
        // of wherever the error is caught (it costs nothing while memory suffices).
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.addAll(List.of("-Dsite.cache=" + tmp.resolve("cache"), "-cp", mainCp, "vn.gialai.cds.cli.Main", "build", "--project",
                site.toString(), "--out", tmp.resolve("site").toString(), "--now", "2026-11-27"));
        return cmd;
    }

    /**
     * The JVM options ./site runs the program with: the words between {@code java} and {@code -cp} of its line that
     * starts with {@code exec java}, read from the script so that the benchmark follows it.
     */
    static List<String> siteJvmOptions(String script) {
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("exec java ")) continue;
            List<String> words = Arrays.asList(l.substring("exec java ".length()).strip().split("\\s+"));
            int cp = words.indexOf("-cp");
            if (cp < 0) break;
            List<String> options = new ArrayList<>();
            for (String w : words.subList(0, cp)) {
                if (w.contains("$")) continue; // the class data sharing options the script chooses: see classDataSharing
                if (w.startsWith("@")) options.addAll(argumentFile(Path.of(w.substring(1)))); else options.add(w);
            }
            options = List.copyOf(options);
            if (xmx(options) == null) break;
            return options;
        }
        throw new IllegalStateException("./site has no line \"exec java … -Xmx… -cp …\": the benchmark reads our build's JVM options from it");
    }

    /** The options of a java argument file (java @file): one or more a line, lines starting with # left out. */
    static List<String> argumentFile(Path file) {
        try {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) options.addAll(Arrays.asList(l.split("\\s+")));
            }
            return options;
        } catch (IOException e) {
            throw new IllegalStateException("./site names the JVM options file " + file + ", which cannot be read: " + e.getMessage());
        }
    }

    /** The -Xmx value of these options ("512m"), or null. */
    static String xmx(List<String> options) {
        return options.stream().filter(o -> o.startsWith("-Xmx")).map(o -> o.substring(4)).reduce((a, b) -> b).orElse(null);
    }

    /** A JVM heap size ("512m", "2g", "1024k", "1073741824") in MB. */
    static long heapMb(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        char unit = s.charAt(s.length() - 1);
        if (Character.isDigit(unit)) return Long.parseLong(s) / (1024 * 1024);
        long v = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (unit) {
            case 'k' -> v / 1024;
            case 'm' -> v;
            case 'g' -> v * 1024;
            case 't' -> v * 1024 * 1024;
            default -> throw new IllegalArgumentException("not a heap size: " + size);
        };
    }

    /** The options with -Xmx doubled (written in g when whole gigabytes, else in m). */
    static List<String> raiseHeap(List<String> options) {
        long mb = heapMb(xmx(options)) * 2;
        String size = mb % 1024 == 0 ? mb / 1024 + "g" : mb + "m";
        return options.stream().map(o -> o.startsWith("-Xmx") ? "-Xmx" + size : o).toList();
    }

    static long machineMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(4096L);
    }

    /**
     * Deletes everything under dir except the given paths (relative to dir) and the folders that hold them: before an
     * equal-work build, every cache but the cards' and the HTML verdicts', and the last site.
     */
    static void clearAllBut(Path dir, List<String> keep) throws IOException {
        if (!Files.isDirectory(dir)) return;
        List<Path> kept = keep.stream().map(Path::of).toList();
        List<Path> all;
        try (var s = Files.walk(dir)) { all = s.sorted(Comparator.reverseOrder()).toList(); }
        for (Path p : all) {
            if (p.equals(dir)) continue;
            Path rel = dir.relativize(p);
            if (kept.stream().anyMatch(k -> rel.startsWith(k) || k.startsWith(rel))) continue;
            Files.delete(p);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        clearAllBut(dir, List.of());
        Files.deleteIfExists(dir);
    }

    static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The machine's load average (1, 5, 15 minutes), to tell a quiet run from a busy one. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The pages Lighthouse scores: the home page, a news article and an indicator page (real content, in every synthetic site). */
    static final List<String[]> LIGHTHOUSE_PAGES = List.of(
            new String[]{"home", "/"},
            new String[]{"article", "/tin-tuc/chi-tieu-ho-so-truc-tuyen-2022-2025/"},
            new String[]{"indicator", "/tien-do/tong-so-tram-bts/"});

    /**
     * Lighthouse (the npm package, a pinned development dependency) scores three pages of the last built site in its
     * default mobile form, served by Debian's nginx with the headers the build writes (the JDK's server when nginx is
     * missing). Without Lighthouse or Chromium the line says so and checks instead the icon files whose 404 once
     * cost the best-practices score.
     */
    record Lighthouse(String line, Targets.LighthouseScores scores) {}

    static Lighthouse lighthouseLine(Path out) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String f : List.of("favicon.ico", "apple-touch-icon.png", "manifest.webmanifest", "en/manifest.webmanifest")) {
            if (!Files.isRegularFile(out.resolve(f))) missing.add(f);
        }
        String files = missing.isEmpty() ? "/favicon.ico, /apple-touch-icon.png and the web manifests (/manifest.webmanifest, "
                + "/en/manifest.webmanifest) are in the built site, so the 404 that cost Lighthouse's best-practices score is gone"
                : "missing from the built site: " + String.join(", ", missing);
        Path lighthouse = Path.of("node_modules/.bin/lighthouse");
        if (!Files.isExecutable(lighthouse) || !new File("/usr/bin/chromium").canExecute()) {
            return new Lighthouse("Lighthouse: not run (`npm ci` installs it into node_modules/; it needs /usr/bin/chromium). " + files + ".",
                    Targets.LighthouseScores.notRun());
        }
        return lighthouse(lighthouse, out);
    }

    /**
     * Runs per page. Lighthouse's docs on variability: the median of five runs is about twice as stable as one; on this
     * 2-core machine the article's total blocking time went from 70 to 270 ms in nine runs of the same files.
     */
    static final int LIGHTHOUSE_RUNS = 5;

    /** The median of a page's runs as Lighthouse itself chooses it (bench/lighthouse-median.mjs), or null if it cannot. */
    static Path medianRun(List<Path> runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "bench/lighthouse-median.mjs"));
        runs.forEach(r -> command.add(r.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String chosen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && !chosen.isEmpty() ? Path.of(chosen) : null;
    }

    static Lighthouse lighthouse(Path lighthouse, Path out) throws IOException, InterruptedException {
        boolean nginx = new File("/usr/sbin/nginx").canExecute() || new File("/usr/bin/nginx").canExecute();
        AutoCloseable server;
        String base;
        if (nginx) {
            vn.gialai.cds.support.Nginx n = vn.gialai.cds.support.Nginx.serve(out.toAbsolutePath());
            server = n;
            base = n.base;
        } else {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/", ex -> PreviewServer.serve(ex, out, "/"));
            s.start();
            server = () -> s.stop(0);
            base = "http://127.0.0.1:" + s.getAddress().getPort();
        }
        String version = "?";
        List<String> scores = new ArrayList<>();
        int scored = 0, lowest = 100;
        try {
            for (String[] page : LIGHTHOUSE_PAGES) {
                if (!Files.isRegularFile(out.resolve(page[1].substring(1)).resolve("index.html"))) {
                    scores.add(page[0] + " `" + page[1] + "`: not in the built site");
                    continue;
                }
                List<Path> runs = new ArrayList<>();
                List<Integer> performance = new ArrayList<>();
                String failed = null;
                for (int run = 0; run < LIGHTHOUSE_RUNS; run++) {
                    Path json = Files.createTempFile("bench-lighthouse-", ".json");
                    runs.add(json);
                    Process p = new ProcessBuilder(lighthouse.toString(), base + page[1], "--chrome-path=/usr/bin/chromium",
                            "--chrome-flags=--headless --no-sandbox", "--only-categories=performance,accessibility,best-practices,seo",
                            "--output=json", "--output-path=" + json, "--quiet").redirectErrorStream(true).start();
                    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (p.waitFor() != 0) {
                        failed = log.lines().reduce((a, b) -> b).orElse("");
                        break;
                    }
                    performance.add((int) Math.round(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                            .path("categories").path("performance").path("score").asDouble() * 100));
                }
                Path median = failed == null ? medianRun(runs) : null;
                var report = median == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(median.toFile());
                for (Path run : runs) Files.deleteIfExists(run);
                if (report == null) {
                    scores.add(page[0] + " `" + page[1] + "`: Lighthouse failed (" + (failed == null ? "no median run" : failed) + ")");
                    continue;
                }
                version = report.path("lighthouseVersion").asText("?");
                List<String> cats = new ArrayList<>();
                List<String> below = new ArrayList<>();
                for (String[] c : new String[][]{{"performance", "performance"}, {"accessibility", "accessibility"},
                        {"best-practices", "best practices"}, {"seo", "SEO"}}) {
                    var cat = report.path("categories").path(c[0]);
                    int score = (int) Math.round(cat.path("score").asDouble() * 100);
                    lowest = Math.min(lowest, score);
                    cats.add(c[1] + " " + score);
                    for (var ref : cat.path("auditRefs")) {
                        var audit = report.path("audits").path(ref.path("id").asText());
                        if (ref.path("weight").asDouble() > 0 && audit.path("score").isNumber() && audit.path("score").asDouble() < 1) {
                            below.add(ref.path("id").asText() + (audit.hasNonNull("displayValue") ? " " + audit.path("displayValue").asText() : ""));
                        }
                    }
                }
                scored++;
                scores.add(page[0] + " `" + page[1] + "`: " + String.join(", ", cats) + (below.isEmpty() ? "" : " (below full marks: "
                        + String.join("; ", below) + ")") + "; performance in the " + LIGHTHOUSE_RUNS + " runs: "
                        + performance.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
            }
        } finally {
            try { server.close(); } catch (Exception e) { throw new IOException(e); }
        }
        return new Lighthouse("Lighthouse " + version + ", mobile (its default: emulated phone, slow 4G, 4× CPU slowdown), " + LIGHTHOUSE_RUNS
                + " runs per page, the scores of the median run (Lighthouse's own choice: the run nearest the median first contentful paint and time "
                + "to interactive), served on "
                + "loopback by " + (nginx ? "nginx with the headers the build writes" : "the JDK's HTTP server (nginx not installed)")
                + ": " + String.join("; ", scores) + ".", new Targets.LighthouseScores(scored, LIGHTHOUSE_PAGES.size(), lowest));
    }

    /**
     * The preview's times for one article saved, {page shown, all rebuilt} in seconds (medians of 5 saves after 2 that
     * warm the JVM up), then the two warm-up saves' rebuilds, measured by
     * PreviewTimes in a process of its own with the JVM options of ./site (which `./site serve` runs with), so that the
     * figures are those an editor's preview gives. Out of memory: the heap doubled, as for our builds (see ours()).
     */
    static double[] rebuild(Path site) throws IOException, InterruptedException {
        while (true) {
            Path tmp = Files.createTempDirectory("bench-rebuild-");
            try {
                List<String> cmd = new ArrayList<>(List.of("env", "MALLOC_ARENA_MAX=2", "java"));
                cmd.addAll(jvm);
                cmd.add("-XX:+ExitOnOutOfMemoryError");
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.gialai.cds.bench.PreviewTimes", site.toString(), tmp.toString()));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int code = p.waitFor();
                output.lines().filter(l -> l.startsWith("FIRST ")).forEach(l -> System.out.println("  preview warm-up save: " + l.substring(6)));
                var line = output.lines().filter(l -> l.startsWith("PREVIEW ")).findFirst();
                if (code == 0 && line.isPresent()) {
                    String[] f = line.get().split(" ");
                    double[] first = output.lines().filter(l -> l.startsWith("FIRST ")).mapToDouble(l -> round(Double.parseDouble(l.split(" ")[2])))
                            .toArray();
                    return new double[]{Math.round(Double.parseDouble(f[1]) * 1000) / 1000.0, round(Double.parseDouble(f[2])),
                            first.length > 0 ? first[0] : Double.NaN, first.length > 1 ? first[1] : Double.NaN};
                }
                if (output.contains("OutOfMemoryError") && heapMb(xmx(jvm)) * 2 <= machineMb() / 2) {
                    jvm = raiseHeap(jvm);
                    System.out.println("  (the preview out of memory: again with " + xmx(jvm) + ")");
                    continue;
                }
                throw new IllegalStateException("the preview's timing failed (exit " + code + "):\n" + tail(output));
            } finally {
                deleteTree(tmp);
            }
        }
    }

    /** Loads the search page of a built site in Chromium and waits for the first results. */
    static String search(Path out, int n) throws Exception {
        Path index = out.resolve("tim-kiem/index.json");
        byte[] raw = Files.readAllBytes(index);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) { g.write(raw); }
        if (!new File("/usr/bin/chromium").canExecute()) {
            return String.format(Locale.ROOT, "Search index at %d articles per language: %d KB (%d KB gzipped); Chromium not installed, no timing.",
                    n, raw.length / 1024, gz.size() / 1024);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> PreviewServer.serve(ex, out, "/"));
        server.start();
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("bench-chromium-"), "--window-size=360,800");
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), o);
        try {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                d.get("http://127.0.0.1:" + server.getAddress().getPort() + "/tim-kiem/?q=chuyen+doi+so");
                new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> !x.findElements(By.cssSelector(".search-results__list li")).isEmpty());
                times.add(((Number) d.executeScript("return performance.now()")).doubleValue());
            }
            times.sort(null);
            return String.format(Locale.ROOT, "Search at %d articles per language: the Vietnamese index is %d KB (%d KB gzipped); "
                    + "from navigation to the first results for \"chuyen doi so\" in headless Chromium at 360 px: %.0f ms (median of 3, "
                    + "loopback server, so network time is not included).", n, raw.length / 1024, gz.size() / 1024, times.get(1));
        } finally {
            d.quit();
            server.stop(0);
        }
    }

    static Timed time(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH %e %U %S %M"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        String line = output.lines().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException("no timing from " + command + ":\n" + output));
        if (code != 0) System.out.println("  (exit " + code + ")\n" + output.lines().limit(10).reduce("", (a, b) -> a + "\n" + b));
        String[] f = line.split(" ");
        String stages = output.lines().filter(l -> l.startsWith("note: stages:") || l.startsWith("note: share cards:")
                || l.startsWith("note: HTML checked")).map(l -> l.substring("note: ".length())).reduce((a, b) -> a + "; " + b).orElse("");
        return new Timed(new Run(Double.parseDouble(f[1]), round(Double.parseDouble(f[2]) + Double.parseDouble(f[3])), Long.parseLong(f[4]), stages),
                code, output);
    }

    static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.wall(), b.wall()));
        return sorted.get(sorted.size() / 2);
    }

    static int countHtml(Path out) throws IOException {
        try (var s = Files.walk(out)) { return (int) s.filter(p -> p.toString().endsWith(".html")).count(); }
    }

    static double round(double v) { return Math.round(v * 100) / 100.0; }

    static String report(List<Row> rows, boolean hugo, String search, String loadBefore, String loadAfter, Lighthouse lighthouse,
                         List<String> siteOptions) throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder("# Benchmarks\n\n");
        sb.append("Made by `./bench/run` on ").append(LocalDate.now(vn.gialai.cds.vocabulary.SiteTime.ZONE)).append(". Machine: ").append(machine()).append(". ");
        sb.append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(Double.parseDouble(loadBefore.split(" ")[0].replace("?", "0")) > 2.5
                        ? " — a busy machine (other work shared its 2 cores): wall times are inflated, compare the ratios to Hugo of the same run.\n\n"
                        : ".\n\n");
        sb.append("The synthetic site: N news articles per language in the project's own format (three sections of prose with a "
                + "bulleted list, a table and a numbered list per article; 3 tags of 12, 1–2 pillars, 0–2 sectors; `SyntheticSite`, "
                + "seeded, so the same N gives the same site) plus the real pages and the 63 indicators, both languages.\n\n");
        sb.append("Each build runs in its own process; wall and CPU (user + system) seconds and peak resident memory from `/usr/bin/time`, "
                + "median of 3 (stock JBake at 2,000: one run). Our build runs with the JVM options of `./site` (read from the script: `")
                .append(String.join(" ", siteOptions)).append("`), plus `-XX:+ExitOnOutOfMemoryError`; when a size runs out of memory "
                + "its -Xmx is doubled and the build run again, and the column \"ours: -Xmx\" shows the heap the row was measured with.\n\n");
        sb.append("**Ours** is the full build with every gate on and no cache: one share card drawn per page, the Nu HTML Checker "
                + "on every page, the link and language checks, feeds, search indexes. **Equal work** (issue 17, target 4) is the same "
                + "build of the same articles with the share cards and the HTML checker's verdicts taken from their caches and "
                + "everything else cold: before each run every other cache and the last site are deleted. **One change, new process** "
                + "is `./site build` again after one article changed, with the caches of the previous build on disk (as CI with a "
                + "cache runs it). **Preview, one change** is what the preview does when one article is saved, in a warm JVM started "
                + "with ./site's options (as `./site serve` runs; `PreviewTimes`: medians of five saves after two that warm it up) with its caches and, as the preview, its memory of the last build (`pipeline/BuildMemory`): the page "
                + "is checked and rendered alone and served at once (page shown), then everything that depends on it is brought up "
                + "to date (all rebuilt; the caches the preview then writes for the next process are written before the next save, "
                + "untimed). Stock JBake and Hugo render the same "
                + "articles (both languages, whole bodies) with minimal templates: pages, paginated index, tags (Hugo: also pillars "
                + "and sectors; stock JBake, with one taxonomy, gets them as tags), feed, sitemap; no checks, no cards. Per "
                + "article: the full build's wall time and peak memory divided by the articles of both languages (2 N).\n\n");
        sb.append("| articles per language | pages (ours) | ours: -Xmx | ours: wall s | ours: CPU s | ours: peak MB | ours: wall ms / article "
                + "| ours: peak KB / article | equal work: wall s | equal work: peak MB | one change, new process: wall s "
                + "| one change, new process: peak MB | preview, one change: page shown s | preview, one change: all rebuilt s "
                + "| stock JBake: wall s | JBake: peak MB |");
        if (hugo) sb.append(" Hugo: wall s | Hugo: peak MB | ours ÷ Hugo | equal work ÷ Hugo | one change ÷ Hugo |");
        sb.append("\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|").append(hugo ? "---|---|---|---|---|" : "").append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %d | %d | %s | %.2f | %.2f | %d | %.1f | %d | %.2f | %d | %.2f | %d | %.3f | %.2f | %s | %s |",
                    r.n(), r.pages(), r.xmx(), r.ours().wall(), r.ours().cpu(), r.ours().rssKb() / 1024, Targets.msPerArticle(r),
                    Targets.kbPerArticle(r), r.equal().wall(), r.equal().rssKb() / 1024, r.oneChange().wall(), r.oneChange().rssKb() / 1024,
                    r.rebuild()[0], r.rebuild()[1], r.jbake() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.jbake().wall()),
                    r.jbake() == null ? "–" : String.valueOf(r.jbake().rssKb() / 1024)));
            if (hugo && r.hugo() != null) {
                sb.append(String.format(Locale.ROOT, " %.2f | %d | %s | %s | %s |", r.hugo().wall(), r.hugo().rssKb() / 1024,
                        ratio(r.ours(), r.hugo()), ratio(r.equal(), r.hugo()), ratio(r.oneChange(), r.hugo())));
            }
            sb.append('\n');
        }
        if (rows.size() > 1) {
            Row a = rows.get(rows.size() - 2), b = rows.get(rows.size() - 1);
            sb.append(String.format(Locale.ROOT, "\nGrowth: from %d to %d articles per language the full build grows by %.1f ms per article "
                    + "(both languages)", a.n(), b.n(), (b.ours().wall() - a.ours().wall()) * 1000 / (2.0 * (b.n() - a.n()))));
            if (rows.size() > 2) {
                Row z = rows.get(rows.size() - 3);
                sb.append(String.format(Locale.ROOT, ", against %.1f ms per article from %d to %d", (a.ours().wall() - z.ours().wall()) * 1000
                        / (2.0 * (a.n() - z.n())), z.n(), a.n()));
            }
            sb.append(".\n");
        }
        sb.append("\nWhere our full build's time goes (the median run, as the build itself reports it):\n\n");
        for (Row r : rows) sb.append("- ").append(r.n()).append(" per language: ").append(r.ours().stages()).append('\n');
        sb.append("\nThe same with cards and HTML verdicts from their caches, everything else cold (equal work):\n\n");
        for (Row r : rows) sb.append("- ").append(r.n()).append(" per language: ").append(r.equal().stages()).append('\n');
        sb.append("\nThe same after one article changed (new process, caches on disk):\n\n");
        for (Row r : rows) sb.append("- ").append(r.n()).append(" per language: ").append(r.oneChange().stages()).append('\n');
        sb.append("\nThe preview's first two saves after its first build (warming the JVM up, not counted in the table): all rebuilt in ");
        sb.append(String.join("; ", rows.stream().map(r -> String.format(Locale.ROOT, "%.2f and %.2f s at %d per language",
                r.rebuild()[2], r.rebuild()[3], r.n())).toList())).append(".\n");
        sb.append("\n").append(lighthouse.line()).append('\n');
        if (!hugo) sb.append("\nHugo is not installed (`apt-get install -y hugo`): its column was skipped.\n");
        sb.append("\n").append(search).append('\n');
        sb.append("\n").append(Targets.table(rows, lighthouse.scores()));
        Path notes = Path.of("bench/NOTES.md");
        if (Files.isRegularFile(notes)) sb.append('\n').append(Files.readString(notes, StandardCharsets.UTF_8));
        return sb.toString();
    }

    /** a ÷ b of wall times, as "7.3×". */
    static String ratio(Run a, Run b) {
        return String.format(Locale.ROOT, "%.1f×", a.wall() / b.wall());
    }

    static String machine() throws IOException, InterruptedException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1024 / 1024) + " GiB, Java "
                + System.getProperty("java.version");
    }

    private Benchmark() {}
}
