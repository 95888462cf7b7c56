package vn.gialai.cds.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the editors' CMS writes, built by the site's own build unchanged: an article and its English twin, a draft,
 * a photo, an indicator figure, a programme page's correction (the shared steps are in AdminCmsSession).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCmsTest extends AdminCmsSession {
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
        choosePhoto(photo);
        type("Mô tả ảnh", "Ảnh mẫu: bầu trời và đồi xanh.");
        type("Nguồn ảnh", "Bộ kiểm thử");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", field("Mô tả ảnh"));
        assertImageLoaded(null, "img[role=presentation]", "the photo's thumbnail in the form");
        WebElement preview = waitFor(By.cssSelector("iframe"));
        assertImageLoaded(preview, "figure.news-image img", "the photo in the preview pane");
        waitUntil(() -> "Ảnh: Bộ kiểm thử".equals(inPreview(preview,
                "const c = d.querySelector('figure.news-image figcaption'); return c && c.textContent;")),
                "the preview shows the photo's credit as the site does");
        String altLabel = waitFor(By.xpath("//label[starts-with(normalize-space(.), 'Mô tả ảnh')]")).getText();
        assertFalse(altLabel.toLowerCase(java.util.Locale.ROOT).contains("không bắt buộc"), altLabel);
        assertTrue(driver.findElements(By.xpath("//button[contains(., 'Replace with URL') or contains(., 'địa chỉ web')]"))
                .isEmpty(), "a photo is a file in assets/images/, never an address on another site");
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


    /**
     * A published article corrected in the form (its title) is saved in its own file, under its own address, with
     * the rest of its header kept: the address field, required for a new article, is not asked again.
     */
    @Test
    @Order(7)
    void aPublishedArticleCorrectedInTheFormKeepsItsFileAndAddress() throws IOException {
        Path dir = cms.project.resolve("content/vi/tin-tuc");
        Path file = dir.resolve("bai-mau-hoi-thao.md");
        String title = "Bài mẫu: hội thảo về dịch vụ công trực tuyến";
        String before = Files.readString(file, StandardCharsets.UTF_8);
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        go("admin/#/collections/tin-tuc/entries/bai-mau-hoi-thao");
        waitUntil(() -> {
            try {
                return title.equals(field("Tiêu đề").getAttribute("value"));
            } catch (org.openqa.selenium.WebDriverException redrawn) { // stale, or "does not belong to the document"
                return false;
            }
        }, "the form shows the article");
        assertEquals("bai-mau-hoi-thao", field("Địa chỉ").getAttribute("value"), "its address, shown, not to be typed");
        WebElement titleField = field("Tiêu đề");
        titleField.click();
        titleField.sendKeys(org.openqa.selenium.Keys.END, " (đính chính)");
        publish();
        String header = before.substring(0, before.indexOf("~~~~~~\n")).replace("title=" + title + "\n", "title=" + title + " (đính chính)\n");
        waitUntil(() -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).startsWith(header + "~~~~~~\n");
            } catch (IOException e) {
                return false;
            }
        }, file + " was not written with the corrected title and the rest of its header");
        try (var s = Files.list(dir)) {
            assertEquals(files, s.sorted().toList(), "no file added or renamed");
        }
    }
}
