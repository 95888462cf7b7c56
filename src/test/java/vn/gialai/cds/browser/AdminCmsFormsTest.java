package vn.gialai.cds.browser;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gialai.cds.support.BuiltSite;
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
 * What the editors' CMS refuses where the editor types, what it shows (the preview pane as the site shows a page,
 * every collection, a Vietnamese interface), and that the public site is the same with it (the shared steps are in
 * AdminCmsSession).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCmsFormsTest extends AdminCmsSession {
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

    /**
     * The CMS's preview pane shows the article as the site shows it: the stylesheet the public pages load, and the
     * site's markup (the title as the page's heading, the summary set apart, the text), updated as the editor types.
     */
    @Test
    @Order(4)
    void thePreviewPaneShowsTheArticleAsTheSiteDoes() throws IOException {
        open("tin-tuc");
        type("Tiêu đề", "Xem trước");
        type("Tóm tắt", "Khung bên phải cho thấy bài viết với kiểu chữ của trang.");
        body("Nội dung bài hiện ngay ở khung xem trước khi bạn gõ.");
        WebElement frame = waitFor(By.cssSelector("iframe"));
        assertPreviewShows(frame, "Xem trước");
        shot("preview");
        assertEquals("Khung bên phải cho thấy bài viết với kiểu chữ của trang.",
                inPreview(frame, "return d.querySelector('.page-width main p.news-summary').textContent;"));
        assertEquals("600", String.valueOf(inPreview(frame, "return d.defaultView.getComputedStyle(d.querySelector('p.news-summary')).fontWeight;")),
                "the summary is set apart by the site's own style (components/news-summary)");
        assertTrue(String.valueOf(inPreview(frame, "return d.querySelector('main .prose').textContent;"))
                .contains("Nội dung bài hiện ngay ở khung xem trước"));
    }

    /**
     * Every collection opens, its form filled from the file and its preview the site's page: the English news (an
     * article with a photo: the photo is shown), the sector and pillar pages in both languages, an English programme
     * page (the Vietnamese ones, the Vietnamese news and the indicator figures are opened by the other tests).
     */
    @Test
    @Order(5)
    void everyCollectionOpensWithItsPreview() throws IOException {
        for (String entry : List.of("news/entries/sample-digital-infrastructure", "linh-vuc/entries/du-lich",
                "sectors/entries/agriculture", "tru-cot/entries/chinh-quyen-so", "pillars/entries/digital-economy",
                "pages/entries/programme")) {
            go("admin/#/collections/" + entry);
            String title = titleOf(entry);
            waitUntil(() -> {
                try {
                    return title.equals(field("Tiêu đề").getAttribute("value"));
                } catch (org.openqa.selenium.WebDriverException redrawn) { // stale, or "does not belong to the document"
                    return false;
                }
            }, entry + ": the form shows the title " + title);
            assertPreviewShows(waitFor(By.cssSelector("iframe")), title);
            if (entry.startsWith("news/")) {
                assertImageLoaded(waitFor(By.cssSelector("iframe")), "figure.news-image img", "the article's photo in the preview");
            }
        }
    }

    /** The interface is Vietnamese throughout: every string Decap has in English has a Vietnamese one. */
    @Test
    @Order(6)
    void everyStringOfTheInterfaceHasAVietnameseText() {
        go("admin/#/collections/tin-tuc");
        waitFor(By.xpath("//*[contains(., 'Tin tức (tiếng Việt)')]"));
        Object missing = driver.executeScript("const vi = CMS.getLocale('vi'), en = CMS.getLocale('en'), out = [];"
                + "(function walk(e, v, p) { for (const k of Object.keys(e)) { const path = p ? p + '.' + k : k;"
                + "  if (e[k] && typeof e[k] === 'object') walk(e[k], v && v[k], path);"
                + "  else if (!v || typeof v[k] !== 'string' || v[k] === '') out.push(path); } })(en, vi, '');"
                + "return out;");
        assertEquals(List.of(), missing, "English only");
    }

    /**
     * A photo without its description is refused in the form, with the build's words (header.image-alt), and nothing
     * is written; an article without a photo needs no description (the other tests publish such articles).
     */
    @Test
    @Order(9)
    void aPhotoWithoutItsDescriptionIsRefusedInTheForm() throws IOException {
        Path photo = Temp.dir("gialai-cms-photo-").resolve("anh-khong-mo-ta.jpg");
        Files.copy(Projects.fixtureSource().resolve("assets/images/anh-mau-ha-tang.jpg"), photo);
        open("tin-tuc");
        type("Địa chỉ", "anh-khong-mo-ta");
        type("Tiêu đề", "Ảnh không có mô tả");
        type("Khóa liên kết bản dịch", "news-photo-without-description");
        type("Tóm tắt", "Bài thử có ảnh mà chưa có mô tả ảnh.");
        setDate("Ngày đăng", "2026-01-12");
        choose("Trụ cột", "digital-society");
        choosePhoto(photo);
        body("Nội dung.");
        publish();
        assertTrue(waitFor(By.xpath("//*[contains(text(), 'ảnh chưa có imageAlt')]")).isDisplayed(),
                "refused with the build's words");
        assertFalse(Files.exists(cms.project.resolve("content/vi/tin-tuc/anh-khong-mo-ta.md")), "nothing written");
    }

    /** The preview pane has the public pages' stylesheet, and the title as the heading of a page of the site. */
    private static void assertPreviewShows(WebElement frame, String title) throws IOException {
        String href = Jsoup.parse(cms.out.resolve("index.html").toFile(), "UTF-8").selectFirst("link[rel=stylesheet]").attr("href");
        String sheet = href.substring(href.lastIndexOf('/') + 1);
        assertTrue(sheet.matches("site\\.[0-9a-f]{10}\\.css"), href);
        waitUntil(() -> title.equals(inPreview(frame, "const h = d.querySelector('.page-width main h1'); return h && h.textContent;")),
                "the preview pane shows the title " + title + " as the page's heading");
        Object sheets = inPreview(frame, "return Array.from(d.querySelectorAll('link[rel=stylesheet]')).map(l => l.href).join(' ');");
        assertTrue(String.valueOf(sheets).contains("/assets/css/" + sheet), sheets + " has " + sheet);
        // the site's heading style (assets/css/base.css: line-height 1.2, whatever the size at this width), not the
        // browser's own (line-height normal)
        String style = String.valueOf(inPreview(frame, "const s = d.defaultView.getComputedStyle(d.querySelector('.page-width main h1'));"
                + "return s.fontSize + ' ' + s.lineHeight;"));
        String[] sizes = style.replace("px", "").split(" ");
        assertTrue(sizes.length == 2 && sizes[1].matches("[0-9.]+")
                        && Math.abs(Double.parseDouble(sizes[1]) - 1.2 * Double.parseDouble(sizes[0])) < 0.1,
                "the heading has the site's style (font-size, line-height: " + style + ")");
    }

    private static String titleOf(String entry) throws IOException {
        String collection = entry.substring(0, entry.indexOf('/'));
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        Path file = switch (collection) {
            case "news" -> cms.project.resolve("content/en/news/" + name + ".md");
            case "linh-vuc" -> cms.project.resolve("content/vi/linh-vuc/" + name + ".md");
            case "sectors" -> cms.project.resolve("content/en/sectors/" + name + ".md");
            case "tru-cot" -> cms.project.resolve("content/vi/tru-cot/" + name + ".md");
            case "pillars" -> cms.project.resolve("content/en/pillars/" + name + ".md");
            default -> cms.project.resolve("content/en/" + name + ".md");
        };
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("title="))
                .findFirst().orElseThrow().substring("title=".length()).trim();
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

}
