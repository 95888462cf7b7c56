package vn.gialai.cds.bench;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.preview.PreviewServer;
import vn.gialai.cds.pipeline.SiteBuilder;

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
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * ./bench/run [N …]: for each N (articles per language), our full build, our rebuild after one article changes,
 * stock JBake and Hugo on the same synthetic articles; median wall time, CPU time, peak memory; then the search
 * page at the largest N. Prints a table and writes docs/benchmarks.md.
 */
public final class Benchmark {
    record Run(double wall, double cpu, long rssKb, String stages) {}

    record Row(int n, int pages, Run ours, Run oneChange, double[] rebuild, Run jbake, Run hugo) {}

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        // 10,000 articles per language takes long on 2 cores: give it as an argument (./bench/run 50 500 2000 10000).
        int[] sizes = args.length == 0 ? new int[]{50, 500, 2000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        String loadBefore = load();
        String mainCp = System.getProperty("bench.main.cp");
        String testCp = System.getProperty("java.class.path");
        boolean hugo = new File("/usr/bin/hugo").canExecute();
        List<Row> rows = new ArrayList<>();
        String searchLine = "";
        Path lastOut = null;
        for (int n : sizes) {
            System.out.println("== " + n + " articles per language");
            Path site = SyntheticSite.create(n);
            List<Run> ours = new ArrayList<>();
            Path out = null;
            Path tmp = null;
            for (int i = 0; i < RUNS; i++) {
                tmp = Files.createTempDirectory("bench-ours-");
                out = tmp.resolve("site");
                ours.add(time(build(mainCp, site, tmp)));
                System.out.println("  ours " + ours.get(i));
            }
            int pages = countHtml(out);
            // As CI with a cache runs it: a new process, the caches of the last build on disk, one article changed.
            Path article = site.resolve("content/vi/tin-tuc/tin-tong-hop-0.md");
            String original = Files.readString(article);
            List<Run> change = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Files.writeString(article, original + "\nMột câu mới của lần đo số " + i + ".\n");
                change.add(time(build(mainCp, site, tmp)));
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
                    j.add(time(List.of("java", "-Xmx2g", "-cp", testCp, "vn.gialai.cds.bench.StockJBake", stock.toString(),
                            Files.createTempDirectory("bench-jbake-").toString())));
                    System.out.println("  stock JBake " + j.get(i));
                }
                jbake = median(j);
            }
            Run h = null;
            if (hugo) {
                Path hs = Comparisons.hugo(site);
                List<Run> hr = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    hr.add(time(List.of("/usr/bin/hugo", "--quiet", "-s", hs.toString(), "-d", Files.createTempDirectory("bench-hugo-").toString())));
                    System.out.println("  hugo " + hr.get(i));
                }
                h = median(hr);
            }
            rows.add(new Row(n, pages, median(ours), median(change), rebuild, jbake, h));
            if (n == sizes[sizes.length - 1]) searchLine = search(out, n);
            lastOut = out;
        }
        String report = report(rows, hugo, searchLine, loadBefore, load(), lighthouseLine(lastOut));
        System.out.println(report);
        Files.writeString(Path.of("docs/benchmarks.md"), report, StandardCharsets.UTF_8);
    }

    /**
     * Our build of the site as a new user runs it (./site build's JVM options, jvm.options, and its MALLOC_ARENA_MAX),
     * with its caches in tmp/cache.
     */
    static List<String> build(String mainCp, Path site, Path tmp) {
        return List.of("env", "MALLOC_ARENA_MAX=2", "java", "@" + Path.of("jvm.options").toAbsolutePath(),
                "-Dsite.cache=" + tmp.resolve("cache"), "-cp", mainCp, "vn.gialai.cds.cli.Main", "build", "--project",
                site.toString(), "--out", tmp.resolve("site").toString(), "--now", "2026-11-27");
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
    static String lighthouseLine(Path out) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String f : List.of("favicon.ico", "apple-touch-icon.png", "manifest.webmanifest", "en/manifest.webmanifest")) {
            if (!Files.isRegularFile(out.resolve(f))) missing.add(f);
        }
        String files = missing.isEmpty() ? "/favicon.ico, /apple-touch-icon.png and the web manifests (/manifest.webmanifest, "
                + "/en/manifest.webmanifest) are in the built site, so the 404 that cost Lighthouse's best-practices score is gone"
                : "missing from the built site: " + String.join(", ", missing);
        Path lighthouse = Path.of("node_modules/.bin/lighthouse");
        if (!Files.isExecutable(lighthouse) || !new File("/usr/bin/chromium").canExecute()) {
            return "Lighthouse: not run (`npm ci` installs it into node_modules/; it needs /usr/bin/chromium). " + files + ".";
        }
        return lighthouse(lighthouse, out);
    }

    static String lighthouse(Path lighthouse, Path out) throws IOException, InterruptedException {
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
        try {
            for (String[] page : LIGHTHOUSE_PAGES) {
                if (!Files.isRegularFile(out.resolve(page[1].substring(1)).resolve("index.html"))) {
                    scores.add(page[0] + " `" + page[1] + "`: not in the built site");
                    continue;
                }
                Path json = Files.createTempFile("bench-lighthouse-", ".json");
                Process p = new ProcessBuilder(lighthouse.toString(), base + page[1], "--chrome-path=/usr/bin/chromium",
                        "--chrome-flags=--headless --no-sandbox", "--only-categories=performance,accessibility,best-practices,seo",
                        "--output=json", "--output-path=" + json, "--quiet").redirectErrorStream(true).start();
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    scores.add(page[0] + " `" + page[1] + "`: Lighthouse failed (" + log.lines().reduce((a, b) -> b).orElse("") + ")");
                    continue;
                }
                var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
                Files.delete(json);
                version = report.path("lighthouseVersion").asText("?");
                List<String> cats = new ArrayList<>();
                List<String> below = new ArrayList<>();
                for (String[] c : new String[][]{{"performance", "performance"}, {"accessibility", "accessibility"},
                        {"best-practices", "best practices"}, {"seo", "SEO"}}) {
                    var cat = report.path("categories").path(c[0]);
                    cats.add(c[1] + " " + Math.round(cat.path("score").asDouble() * 100));
                    for (var ref : cat.path("auditRefs")) {
                        var audit = report.path("audits").path(ref.path("id").asText());
                        if (ref.path("weight").asDouble() > 0 && audit.path("score").isNumber() && audit.path("score").asDouble() < 1) {
                            below.add(ref.path("id").asText() + (audit.hasNonNull("displayValue") ? " " + audit.path("displayValue").asText() : ""));
                        }
                    }
                }
                scores.add(page[0] + " `" + page[1] + "`: " + String.join(", ", cats) + (below.isEmpty() ? "" : " (below full marks: "
                        + String.join("; ", below) + ")"));
            }
        } finally {
            try { server.close(); } catch (Exception e) { throw new IOException(e); }
        }
        return "Lighthouse " + version + ", mobile (its default: emulated phone, slow 4G, 4× CPU slowdown), one run per page, served on "
                + "loopback by " + (nginx ? "nginx with the headers the build writes" : "the JDK's HTTP server (nginx not installed)")
                + ": " + String.join("; ", scores) + ".";
    }

    /**
     * As the preview does, in this (warm) JVM: a full build, then one article changed: its page rendered alone (the
     * quick path), then everything rebuilt; medians of 3, in seconds: {quick, rebuild}.
     */
    static double[] rebuild(Path site) throws IOException {
        Path tmp = Files.createTempDirectory("bench-rebuild-");
        String before = System.getProperty("site.cache");
        System.setProperty("site.cache", tmp.resolve("cache").toString());
        try {
            BuildOptions options = BuildOptions.defaults(site).withOut(tmp.resolve("site")).withNow(LocalDate.of(2026, 11, 27)).withPreview(true);
            var state = new SiteBuilder().build(options).state();
            Path article = site.resolve("content/vi/tin-tuc/tin-tong-hop-0.md");
            List<Double> quick = new ArrayList<>(), full = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Files.writeString(article, Files.readString(article) + "\nMột câu mới số " + i + ".\n");
                long t = System.nanoTime();
                var o = vn.gialai.cds.preview.QuickRender.page(state, article, tmp.resolve("site"));
                if (o.rendered() == null) throw new IllegalStateException("the quick path did not render " + article);
                quick.add((System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                state = new SiteBuilder().build(options).state();
                full.add((System.nanoTime() - t) / 1e9);
            }
            quick.sort(null);
            full.sort(null);
            return new double[]{Math.round(quick.get(1) * 1000) / 1000.0, round(full.get(1))};
        } finally {
            if (before == null) System.clearProperty("site.cache"); else System.setProperty("site.cache", before);
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

    static Run time(List<String> command) throws IOException, InterruptedException {
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
        return new Run(Double.parseDouble(f[1]), round(Double.parseDouble(f[2]) + Double.parseDouble(f[3])), Long.parseLong(f[4]), stages);
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

    static String report(List<Row> rows, boolean hugo, String search, String loadBefore, String loadAfter, String lighthouse)
            throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder("# Benchmarks\n\n");
        sb.append("Made by `./bench/run` on ").append(LocalDate.now(vn.gialai.cds.vocabulary.SiteTime.ZONE)).append(". Machine: ").append(machine()).append(". ");
        sb.append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(Double.parseDouble(loadBefore.split(" ")[0].replace("?", "0")) > 2.5
                        ? " — a busy machine (other work shared its 2 cores): wall times are inflated, compare the ratios to Hugo of the same run.\n\n"
                        : ".\n\n");
        sb.append("Each build runs in its own process; wall and CPU (user + system) seconds and peak resident memory from `/usr/bin/time`, "
                + "median of 3 (stock JBake at 2,000: one run). **Ours** is the full build of the synthetic site (N news articles per "
                + "language plus the real pages and the 63 indicators, both languages) with every gate on and no cache: one share card "
                + "drawn per page, the Nu HTML Checker on every page, the link and language checks, feeds, search indexes. **One change** is "
                + "what the preview does when one article is saved, in a warm JVM with its caches: the page is checked and rendered "
                + "alone and served at once (page shown), then the whole site is rebuilt for its lists, feeds and cards (all rebuilt). Stock JBake and Hugo render the same "
                + "articles (both languages) with minimal templates: pages, paginated index, tags, feed, sitemap; no checks, no cards.\n\n");
        sb.append("**One change, new process** is `./site build` again after one article changed, with the caches of the "
                + "previous build on disk (as CI with a cache runs it). Per article: the full build's wall time and peak memory "
                + "divided by the articles of both languages (2 N).\n\n");
        sb.append("| articles per language | pages (ours) | ours: wall s | ours: CPU s | ours: peak MB | ours: wall ms / article | ours: peak KB / article "
                + "| one change, new process: wall s | one change, new process: peak MB | preview, one change: page shown s | preview, one change: all rebuilt s "
                + "| stock JBake: wall s | JBake: peak MB |");
        if (hugo) sb.append(" Hugo: wall s | Hugo: peak MB | ours ÷ Hugo | one change ÷ Hugo |");
        sb.append("\n|---|---|---|---|---|---|---|---|---|---|---|---|---|").append(hugo ? "---|---|---|---|" : "").append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.2f | %d | %.1f | %d | %.2f | %d | %.3f | %.2f | %s | %s |", r.n(), r.pages(),
                    r.ours().wall(), r.ours().cpu(), r.ours().rssKb() / 1024, r.ours().wall() * 1000 / (2.0 * r.n()),
                    r.ours().rssKb() / (2L * r.n()), r.oneChange().wall(), r.oneChange().rssKb() / 1024,
                    r.rebuild()[0], r.rebuild()[1], r.jbake() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.jbake().wall()),
                    r.jbake() == null ? "–" : String.valueOf(r.jbake().rssKb() / 1024)));
            if (hugo && r.hugo() != null) {
                sb.append(String.format(Locale.ROOT, " %.2f | %d | %.1f× | %.1f× |", r.hugo().wall(), r.hugo().rssKb() / 1024,
                        r.ours().wall() / r.hugo().wall(), r.oneChange().wall() / r.hugo().wall()));
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
        sb.append("\nThe same after one article changed (new process, caches on disk):\n\n");
        for (Row r : rows) sb.append("- ").append(r.n()).append(" per language: ").append(r.oneChange().stages()).append('\n');
        sb.append("\n").append(lighthouse).append('\n');
        if (!hugo) sb.append("\nHugo is not installed (`apt-get install -y hugo`): its column was skipped.\n");
        sb.append("\n").append(search).append('\n');
        Path notes = Path.of("bench/NOTES.md");
        if (Files.isRegularFile(notes)) sb.append('\n').append(Files.readString(notes, StandardCharsets.UTF_8));
        return sb.toString();
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
