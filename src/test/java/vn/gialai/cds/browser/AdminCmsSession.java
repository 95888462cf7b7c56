package vn.gialai.cds.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.LocalCms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' CMS at /admin/, in Chromium, against a local checkout (a fixture copy served by decap-server), used as
 * an editor would: the fields found by their Vietnamese labels, typed into, published with the CMS's own buttons.
 * Two test classes share this (AdminCmsTest: what the CMS writes, built by the site's own build; AdminCmsFormsTest:
 * what the forms refuse and show), so that the two test JVMs run them side by side; each class has its own fixture
 * copy, decap-server and CMS page.
 */
abstract class AdminCmsSession {
    static final String SUMMARY_RULE = "tối đa 200 ký tự";
    static LocalCms cms;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        cms = LocalCms.start();
        driver = Browser.driver();
        driver.get(cms.baseUrl + "admin/");
        WebElement login = waitFor(By.xpath("//button[.='Đăng nhập']"));
        login.click();
        waitFor(By.xpath("//*[contains(., 'Tin tức (tiếng Việt)')]"));
        shot("collections");
    }

    /**
     * A screenshot of one step, at the browser's desktop size, as target/screenshots/admin-&lt;step&gt;.png. The editors'
     * guide uses copies of these (docs/images/editors/); EditorsGuideTest checks that each copy has its step here.
     */
    static void shot(String step) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Thread.sleep(300); // let the form finish drawing
            Files.write(dir.resolve("admin-" + step + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Like the public pages' browser tests: any refusal by /admin/'s own Content-Security-Policy fails the test. */
    @org.junit.jupiter.api.AfterEach
    void noPolicyRefusal() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(l -> l.getMessage())
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(refused.isEmpty(), "refused by /admin/'s policy: " + refused);
    }

    @AfterAll
    static void stop() {
        if (cms != null) cms.close();
    }

    static void write(String collection, Map<String, String> fields, String status, String text, Path expected) {
        open(collection);
        for (String label : List.of("Địa chỉ", "Tiêu đề", "Khóa liên kết bản dịch", "Tóm tắt")) type(label, fields.get(label));
        setDate("Ngày đăng", "2026-01-10");
        if (status.equals("published")) choose("Trạng thái", "Đăng");
        choose("Trụ cột", "digital-government");
        body(text);
        publish();
        // decap-server writes in place: wait for the whole file, not only its name
        waitUntil(() -> {
            try {
                return Files.isRegularFile(expected) && Files.readString(expected, StandardCharsets.UTF_8).contains("~~~~~~\n" + text);
            } catch (IOException e) {
                return false;
            }
        }, expected + " was not written by the CMS");
    }

    /**
     * Waits until the image found by css (inside frame when given) has been drawn: loaded and with a width. A broken
     * image (the address answered 404, or was never there) has naturalWidth 0.
     */
    static void assertImageLoaded(WebElement frame, String css, String what) {
        String script = "const d = arguments[0] ? arguments[0].contentDocument : document;"
                + "const i = d && d.querySelector(arguments[1]);"
                + "return i ? (i.complete && i.naturalWidth > 0 ? 'loaded' : 'not loaded: ' + i.src) : 'no image';";
        String[] last = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                last[0] = String.valueOf(driver.executeScript(script, frame, css));
                return last[0].equals("loaded");
            });
        } catch (RuntimeException e) {
            throw new AssertionError(what + " is not shown (" + last[0] + ")", e);
        }
    }

    /** Runs script with d, the preview pane's document, without switching into its frame (which redraws as one types). */
    static Object inPreview(WebElement frame, String script) {
        return driver.executeScript("const d = arguments[0].contentDocument; if (!d) return null;" + script, frame);
    }

    /** Opens the photo field and uploads a photo from this computer, as an editor does. */
    static void choosePhoto(Path photo) {
        WebElement photoField = field("Ảnh");
        photoField.findElement(By.cssSelector("[data-testid='expand-button']")).click();
        waitFor(By.xpath("//button[normalize-space(.)='Chọn một hình']")).click();
        WebElement upload = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("input[type=file]")).stream().findFirst().orElse(null));
        upload.sendKeys(photo.toString());
        waitFor(By.xpath("//button[normalize-space(.)='Lấy những cái đã chọn']")).click();
    }

    static void waitUntil(java.util.function.BooleanSupplier done, String otherwise) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> done.getAsBoolean());
        } catch (RuntimeException e) {
            driver.manage().logs().get(LogType.BROWSER).forEach(l -> System.out.println("browser: " + l.getMessage()));
            try {
                Files.writeString(Path.of("target/admin-page.html"), driver.getPageSource());
                Files.write(Path.of("target/admin-page.png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (IOException ignored) { }
            throw new AssertionError(otherwise + " (page in target/admin-page.html and .png)", e);
        }
    }

    static void open(String collection) {
        go("admin/#/collections/" + collection + "/new");
        waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Tiêu đề')]"));
    }

    /**
     * Opens an address of the CMS as an editor leaving a form would: a form left with unsaved changes (the refused
     * summary) makes the CMS ask "leave without saving?", which the editor accepts.
     */
    static void go(String address) {
        driver.executeScript("window.confirm = () => true; window.onbeforeunload = null;");
        driver.get(cms.baseUrl + address);
        // a fresh page: the CMS keeps a form's state across its own address changes
        driver.navigate().refresh();
        // a form left unsaved is kept by the CMS as a local backup, which it offers to restore in the next new form of
        // that collection ("Một bản sao lưu trên máy đã được phục hồi…"): the editor starts afresh and declines
        driver.executeScript("window.confirm = () => false;");
    }

    static WebElement field(String label) {
        WebElement l = waitFor(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    static void type(String label, String value) {
        WebElement f = field(label);
        f.click();
        f.sendKeys(value);
    }

    /** A date input's value as the browser's own picker would set it, whatever the browser's language. */
    static void setDate(String label, String isoDate) {
        driver.executeScript("const el = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);"
                + "el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
                field(label), isoDate);
    }

    static void choose(String label, String option) {
        WebElement f = field(label);
        f.click();
        f.sendKeys(option);
        f.sendKeys(Keys.ENTER);
    }

    static void body(String text) {
        WebElement editor = waitFor(By.cssSelector("[data-slate-editor='true'], .CodeMirror textarea, [contenteditable='true']"));
        editor.click();
        editor.sendKeys(text);
    }

    static void publish() {
        waitFor(By.xpath("//*[normalize-space(text())='Công bố']")).click();
        waitFor(By.xpath("//*[normalize-space(text())='Công bố ngay']")).click();
    }

    static WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try {
                    List<WebElement> found = d.findElements(by);
                    return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                } catch (org.openqa.selenium.UnhandledAlertException offer) {
                    // the offer to restore a local backup came before go() could decline it: decline it here
                    try {
                        d.switchTo().alert().dismiss();
                    } catch (org.openqa.selenium.NoAlertPresentException gone) { }
                    return null;
                }
            });
        } catch (RuntimeException e) {
            driver.manage().logs().get(LogType.BROWSER).forEach(l -> System.out.println("browser: " + l.getMessage()));
            try {
                Files.writeString(Path.of("target/admin-page.html"), driver.getPageSource());
            } catch (IOException ignored) { }
            throw new AssertionError("not found in /admin/: " + by + " (page saved in target/admin-page.html)", e);
        }
    }
}
