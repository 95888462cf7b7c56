package vn.gialai.cds.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.LocalCms;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' CMS at /admin/, in Chromium, against a local checkout (a fixture copy served by decap-server), used as
 * an editor would: the fields found by their Vietnamese labels, typed into, published with the CMS's own buttons.
 * What the CMS writes is then built by the site's own build, unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCmsTest {
    private static final String SUMMARY_RULE = "tối đa 200 ký tự";
    private static LocalCms cms;
    private static ChromeDriver driver;

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
    private static void shot(String step) {
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

    /** The public site is the same, byte for byte, with /admin/ beside it: no page, style or script of it changes. */
    @Test
    @Order(0)
    void thePublicSiteIsUnchangedByTheCms() throws IOException {
        Map<String, String> withCms = new java.util.TreeMap<>(Runs.fingerprint(cms.out));
        assertTrue(withCms.keySet().stream().anyMatch(k -> k.startsWith("admin/")), "the build wrote /admin/");
        withCms.keySet().removeIf(k -> k.startsWith("admin/"));
        Map<String, String> without = new java.util.TreeMap<>(Runs.fingerprint(BuiltSite.get().out));
        assertEquals(without, withCms);
        try (var s = Files.walk(cms.out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html") && !cms.out.relativize(p).startsWith("admin")).toList()) {
                assertFalse(Files.readString(p, StandardCharsets.UTF_8).contains("/admin/"), p + " mentions /admin/");
            }
        }
    }

    @Test
    @Order(1)
    void anArticleAndItsTwinWrittenInTheCmsArePublishedLinkedAndADraftIsNot() throws IOException {
        Path vi = cms.project.resolve("content/vi/tin-tuc/hoi-nghi-cms.md");
        Path en = cms.project.resolve("content/en/news/cms-conference.md");
        Path draft = cms.project.resolve("content/vi/tin-tuc/ban-nhap-cms.md");
        write("tin-tuc", Map.of("Địa chỉ", "hoi-nghi-cms", "Tiêu đề", "Hội nghị viết trong trang quản trị",
                "Khóa liên kết bản dịch", "news-cms-conference", "Tóm tắt", "Bài viết thử bằng trang quản trị nội dung."),
                "published", "Nội dung bài viết thử.", vi);
        write("news", Map.of("Địa chỉ", "cms-conference", "Tiêu đề", "Conference written in the CMS",
                "Khóa liên kết bản dịch", "news-cms-conference", "Tóm tắt", "An article written in the content manager."),
                "published", "The body of the test article.", en);
        write("tin-tuc", Map.of("Địa chỉ", "ban-nhap-cms", "Tiêu đề", "Bản nháp viết trong trang quản trị",
                "Khóa liên kết bản dịch", "news-cms-draft", "Tóm tắt", "Một bản nháp chưa đăng."),
                "draft", "Bản nháp.", draft);

        String written = Files.readString(vi, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("title=Hội nghị viết trong trang quản trị\ntype=news\nstatus=published\nlang=vi\n"
                + "translationKey=news-cms-conference\ndate=2026-01-10\n"), written);
        assertTrue(written.contains("\n~~~~~~\nNội dung bài viết thử."), written);
        assertTrue(Files.readString(draft, StandardCharsets.UTF_8).contains("\nstatus=draft\n"));

        Path out = Temp.dir("gialai-cms-built-").resolve("site");
        Runs.buildOrFail(new BuildOptions(cms.project, out, null).withNow(Projects.FIXTURE_NOW));
        Path viPage = out.resolve("tin-tuc/hoi-nghi-cms/index.html");
        Path enPage = out.resolve("en/news/cms-conference/index.html");
        assertTrue(Files.isRegularFile(viPage), "the Vietnamese article is published");
        assertTrue(Files.isRegularFile(enPage), "the English article is published");
        Document viDoc = Jsoup.parse(viPage.toFile(), "UTF-8");
        assertEquals("Hội nghị viết trong trang quản trị", viDoc.selectFirst("h1").text());
        assertTrue(viDoc.select("link[rel=alternate][hreflang=en]").attr("href").endsWith("/en/news/cms-conference/"),
                "the Vietnamese page names its English translation");
        Document enDoc = Jsoup.parse(enPage.toFile(), "UTF-8");
        assertTrue(enDoc.select("link[rel=alternate][hreflang=vi]").attr("href").endsWith("/tin-tuc/hoi-nghi-cms/"),
                "the English page names its Vietnamese translation");
        assertFalse(Files.exists(out.resolve("tin-tuc/ban-nhap-cms")), "a draft never reaches the public site");
        try (var s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".json")
                    || p.toString().endsWith(".xml")).toList()) {
                assertFalse(Files.readString(p, StandardCharsets.UTF_8).contains("ban-nhap-cms"), "the draft is named in " + p);
            }
        }
    }

    @Test
    @Order(2)
    void aSummaryOf201CharactersIsRefusedInTheForm() {
        Path file = cms.project.resolve("content/vi/tin-tuc/tom-tat-dai.md");
        open("tin-tuc");
        type("Địa chỉ", "tom-tat-dai");
        type("Tiêu đề", "Tóm tắt quá dài");
        type("Khóa liên kết bản dịch", "news-long-summary");
        type("Tóm tắt", "a".repeat(201));
        body("Nội dung.");
        publish();
        WebElement error = waitFor(By.xpath("//*[contains(text(), '" + SUMMARY_RULE + "')]"));
        assertTrue(error.isDisplayed());
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", error);
        shot("summary-too-long");
        assertFalse(Files.exists(file), "a refused article is not written");
    }

    /** An indicator figure added in the form: the file keeps everything else, and the build reads it. */
    @Test
    @Order(3)
    void anObservationAddedInTheFormIsWrittenAsTheSchemaWantsAndBuilds() throws IOException {
        Path file = cms.project.resolve("data/indicators/mau-ty-le-truc-tuyen.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode before = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        go("admin/#/collections/chi-tieu/entries/mau-ty-le-truc-tuyen");
        waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Số liệu')]"));
        waitFor(By.xpath("//button[contains(., 'số liệu')]")).click();
        type("Kỳ", "2026-01");
        type("Giá trị", "80");
        choose("Địa bàn", "province-after-merger");
        choose("Nguồn", "S01");
        choose("Mức tin cậy", "quoted");
        publish();
        int count = before.get("observations").size();
        waitUntil(() -> {
            try {
                var observations = json.readTree(file.toFile()).get("observations");
                return observations != null && observations.size() == count + 1;
            } catch (IOException e) {
                return false; // read while decap-server was writing it: try again
            }
        }, file + " was not written with one more observation");
        com.fasterxml.jackson.databind.node.ObjectNode after = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        var added = after.get("observations").get(after.get("observations").size() - 1);
        assertEquals("2026-01", added.get("period").asText());
        assertEquals(80.0, added.get("value").asDouble());
        assertTrue(added.get("outOf").isNull() && added.get("text").isNull() && added.get("note").isNull(), added.toString());
        assertEquals("S01", added.get("source").asText());
        for (int i = 0; i < before.get("observations").size(); i++) {
            assertEquals(before.get("observations").get(i), after.get("observations").get(i), "observation " + i + " is kept");
        }
        before.remove("observations");
        after.remove("observations");
        assertEquals(before, after, "the rest of the file is kept");
        Runs.buildOrFail(new BuildOptions(cms.project, Temp.dir("gialai-cms-built-").resolve("site"), null).withNow(Projects.FIXTURE_NOW));
    }

    /** A photo uploaded in the form, with its description and credit, is published with the article. */
    @Test
    @Order(5)
    void aPhotoUploadedInTheFormIsPublishedWithItsDescription() throws IOException {
        Path photo = Temp.dir("gialai-cms-photo-").resolve("anh-cms.jpg");
        Files.copy(Projects.fixtureSource().resolve("assets/images/anh-mau-ha-tang.jpg"), photo);
        Path file = cms.project.resolve("content/vi/tin-tuc/bai-co-anh-cms.md");
        open("tin-tuc");
        for (var f : Map.of("Địa chỉ", "bai-co-anh-cms", "Tiêu đề", "Bài có ảnh viết trong trang quản trị",
                "Khóa liên kết bản dịch", "news-cms-photo", "Tóm tắt", "Bài thử có ảnh.").entrySet()) type(f.getKey(), f.getValue());
        setDate("Ngày đăng", "2026-01-11");
        choose("Trạng thái", "Đăng");
        choose("Trụ cột", "digital-society");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", field("Địa chỉ"));
        shot("article-form");
        WebElement photoField = field("Ảnh");
        photoField.findElement(By.cssSelector("[data-testid='expand-button']")).click();
        waitFor(By.xpath("//button[normalize-space(.)='Chọn một hình']")).click();
        WebElement upload = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("input[type=file]")).stream().findFirst().orElse(null));
        upload.sendKeys(photo.toString());
        waitFor(By.xpath("//button[normalize-space(.)='Lấy những cái đã chọn']")).click();
        type("Mô tả ảnh", "Ảnh mẫu: bầu trời và đồi xanh.");
        type("Nguồn ảnh", "Bộ kiểm thử");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", field("Mô tả ảnh"));
        shot("photo");
        body("Bài có ảnh.");
        publish();
        waitUntil(() -> {
            try {
                return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).contains("~~~~~~\nBài có ảnh.");
            } catch (IOException e) {
                return false;
            }
        }, file + " was not written by the CMS");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("\nimage=/assets/images/anh-cms.jpg\nimageAlt=Ảnh mẫu: bầu trời và đồi xanh.\n"
                + "imageCredit=Bộ kiểm thử\n"), written);
        assertTrue(Files.isRegularFile(cms.project.resolve("assets/images/anh-cms.jpg")), "the photo is in assets/images/");
        Path out = Temp.dir("gialai-cms-built-").resolve("site");
        Runs.buildOrFail(new BuildOptions(cms.project, out, null).withNow(Projects.FIXTURE_NOW));
        Document page = Jsoup.parse(out.resolve("tin-tuc/bai-co-anh-cms/index.html").toFile(), "UTF-8");
        assertEquals("Ảnh mẫu: bầu trời và đồi xanh.", page.select("main img").attr("alt"));
    }

    /** The CMS's preview pane shows the article with the site's own stylesheet. */
    @Test
    @Order(4)
    void thePreviewPaneUsesTheSiteStylesheet() {
        open("tin-tuc");
        type("Tiêu đề", "Xem trước");
        type("Tóm tắt", "Khung bên phải cho thấy bài viết với kiểu chữ của trang.");
        body("Nội dung bài hiện ngay ở khung xem trước khi bạn gõ.");
        WebElement frame = waitFor(By.cssSelector("iframe"));
        shot("preview");
        driver.switchTo().frame(frame);
        try {
            List<String> sheets = driver.findElements(By.cssSelector("link[rel=stylesheet]")).stream()
                    .map(l -> l.getAttribute("href")).toList();
            assertTrue(sheets.stream().anyMatch(h -> h.endsWith("/admin/preview.css")), sheets.toString());
        } finally {
            driver.switchTo().defaultContent();
        }
        String css = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('preview.css').then(r => r.text()).then(done, e => done(String(e)));");
        assertTrue(css.contains("assets/css/base.css"), "preview.css is the site's stylesheet");
    }

    /** A programme page corrected in the form (one sentence of its text): saved in the site's header format, the rest kept, and built. */
    @Test
    @Order(6)
    void aProgrammePageCorrectedInTheFormKeepsEverythingElseAndBuilds() throws IOException {
        Path file = cms.project.resolve("content/vi/chuong-trinh.md");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String old = "Nội dung không phải thông tin thật.";
        String corrected = "Nội dung đã được đính chính.";
        assertTrue(before.contains(old), before);
        go("admin/#/collections/trang/entries/chuong-trinh");
        waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Tiêu đề')]"));
        WebElement editor = field("Nội dung");
        assertEquals("textarea", editor.getTagName(), "the text is a plain text box, kept character for character");
        // the caret at the end of the sentence, as a click there would put it; then the editor deletes and types
        driver.executeScript("const ed = arguments[0], i = ed.value.indexOf(arguments[1]);"
                + "if (i < 0) throw new Error('sentence not found');"
                + "ed.focus(); ed.setSelectionRange(i + arguments[1].length, i + arguments[1].length);", editor, old);
        String end = "không phải thông tin thật.";
        editor.sendKeys(Keys.BACK_SPACE.toString().repeat(end.length()));
        editor.sendKeys("đã được đính chính.");
        publish();
        String expected = before.replace(old, corrected);
        waitUntil(() -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).contains(corrected);
            } catch (IOException e) {
                return false;
            }
        }, file + " was not written with the correction");
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), "only the sentence changed");
        Path out = Temp.dir("gialai-cms-built-").resolve("site");
        Runs.buildOrFail(new BuildOptions(cms.project, out, null).withNow(Projects.FIXTURE_NOW));
        assertTrue(Files.readString(out.resolve("chuong-trinh/index.html"), StandardCharsets.UTF_8).contains(corrected));
    }

    /** A page for corrections cannot be created or deleted from the CMS. */
    @Test
    @Order(7)
    void theProgrammePagesCanBeNeitherCreatedNorDeleted() {
        go("admin/#/collections/trang/entries/chuong-trinh");
        waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Tiêu đề')]"));
        assertTrue(driver.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Xoá mục')]"))
                .stream().noneMatch(WebElement::isDisplayed), "no delete button");
        for (String label : List.of("Loại trang", "Ngôn ngữ", "Khóa liên kết bản dịch", "Trạng thái")) {
            assertTrue(driver.findElements(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")).isEmpty(),
                    label + " is not in the form");
        }
    }

    /** An address with accents or spaces, and a date that does not exist, are refused where the editor types them. */
    @Test
    @Order(8)
    void anAddressWithAccentsAndADateThatDoesNotExistAreRefusedInTheForm() {
        open("tin-tuc");
        type("Địa chỉ", "hội nghị tháng 12");
        type("Tiêu đề", "Địa chỉ có dấu");
        type("Khóa liên kết bản dịch", "news-bad-address");
        type("Tóm tắt", "Bài thử có địa chỉ sai.");
        setDate("Ngày đăng", "2025-02-30");
        assertEquals("", field("Ngày đăng").getAttribute("value"), "the date field does not hold 2025-02-30");
        choose("Trụ cột", "digital-government");
        body("Nội dung.");
        publish();
        assertTrue(waitFor(By.xpath("//*[contains(text(), 'địa chỉ này không hợp lệ')]")).isDisplayed());
        assertTrue(waitFor(By.xpath("//*[contains(text(), 'Ngày đăng') and contains(text(), 'bắt buộc')]")).isDisplayed(),
                "the empty date is refused");
        try (var s = Files.list(cms.project.resolve("content/vi/tin-tuc"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("nghi-thang")), "nothing written");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(String collection, Map<String, String> fields, String status, String text, Path expected) {
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

    private static void waitUntil(java.util.function.BooleanSupplier done, String otherwise) {
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

    private static void open(String collection) {
        go("admin/#/collections/" + collection + "/new");
        waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Tiêu đề')]"));
    }

    /**
     * Opens an address of the CMS as an editor leaving a form would: a form left with unsaved changes (the refused
     * summary) makes the CMS ask "leave without saving?", which the editor accepts.
     */
    private static void go(String address) {
        driver.executeScript("window.confirm = () => true; window.onbeforeunload = null;");
        driver.get(cms.baseUrl + address);
        // a fresh page: the CMS keeps a form's state across its own address changes
        driver.navigate().refresh();
    }

    private static WebElement field(String label) {
        WebElement l = waitFor(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    private static void type(String label, String value) {
        WebElement f = field(label);
        f.click();
        f.sendKeys(value);
    }

    /** A date input's value as the browser's own picker would set it, whatever the browser's language. */
    private static void setDate(String label, String isoDate) {
        driver.executeScript("const el = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);"
                + "el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
                field(label), isoDate);
    }

    private static void choose(String label, String option) {
        WebElement f = field(label);
        f.click();
        f.sendKeys(option);
        f.sendKeys(Keys.ENTER);
    }

    private static void body(String text) {
        WebElement editor = waitFor(By.cssSelector("[data-slate-editor='true'], .CodeMirror textarea, [contenteditable='true']"));
        editor.click();
        editor.sendKeys(text);
    }

    private static void publish() {
        waitFor(By.xpath("//*[normalize-space(text())='Công bố']")).click();
        waitFor(By.xpath("//*[normalize-space(text())='Công bố ngay']")).click();
    }

    private static WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                List<WebElement> found = d.findElements(by);
                return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
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
