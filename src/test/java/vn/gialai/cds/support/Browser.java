package vn.gialai.cds.support;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.gialai.cds.preview.PreviewServer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One headless Debian Chromium and one local server for the whole test run: the built site served on
 * a free loopback port, as a visitor's browser would meet it.
 */
public final class Browser {
    private static Browser instance;

    public final ChromeDriver driver;
    public final String baseUrl;
    private final HttpServer server;

    private Browser(ChromeDriver driver, HttpServer server, String baseUrl) {
        this.driver = driver;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    public static synchronized Browser get() {
        if (instance == null) {
            BuiltSite built = BuiltSite.get();
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", ex -> PreviewServer.serveAsHost(ex, built.out, "/"));
                server.start();
                String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
                instance = new Browser(driver(), server, base);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static ChromeDriver chromeDriver;

    /** The run's one Chromium, started on first use: for tests that serve pages of their own (no site is built). */
    public static synchronized ChromeDriver driver() {
        if (chromeDriver == null) {
            ChromeOptions options = new ChromeOptions();
            // the browser's console, to see any Content-Security-Policy refusal
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            options.setBinary(chromium());
            Path profile = Temp.dir("chromium-profile-");
            // Without the background-networking flags Chromium hangs on this closed network.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--lang=vi", "--user-data-dir=" + profile, "--window-size=1280,800");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            // The page behaves as the focused window, as it does for a reader: :focus (the skip link's place on screen,
            // focus outlines) matches only in a focused window, and a driven headless one may not be (seen with Debian's
            // Chromium 150 on a new machine: the skip link stayed off screen after focus(), ReflowTest failing).
            driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
            chromeDriver = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // a browser left in a bad state by a failed test may not answer: the test JVM does not wait on it for long
                Thread quit = new Thread(() -> {
                    try { driver.quit(); } catch (RuntimeException ignored) { }
                }, "quit-chromium");
                quit.setDaemon(true);
                quit.start();
                try { quit.join(10_000); } catch (InterruptedException ignored) { Thread.currentThread().interrupt(); }
            }));
        }
        return chromeDriver;
    }

    private static String chromium() {
        for (String p : new String[]{"/usr/bin/chromium", "/usr/lib/chromium/chromium"}) if (new File(p).canExecute()) return p;
        throw new IllegalStateException("Debian's chromium is not installed: apt-get install -y chromium chromium-driver (.ci/run does it)");
    }

    private static String chromedriver() {
        for (String p : new String[]{"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"}) if (new File(p).canExecute()) return p;
        throw new IllegalStateException("Debian's chromium-driver is not installed: apt-get install -y chromium-driver (.ci/run does it)");
    }

    public void open(String path, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(baseUrl + path);
    }

    /**
     * Opens the page for a test that types: waits until it is loaded and has the keyboard's focus, as a visitor's page
     * has once it shows. A key sent before then may be lost on the way (seen in CI once: the first Tab after opening
     * the second page left the focus on the body).
     */
    public void openForKeys(String path, int width, int height) {
        open(path, width, height);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(js("window.focus(); return document.readyState === 'complete' && document.hasFocus();")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
