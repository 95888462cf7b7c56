package vn.gialai.cds.content;

import vn.gialai.cds.vocabulary.Pillar;
import vn.gialai.cds.vocabulary.Sector;
import vn.gialai.cds.vocabulary.Term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The editors' "new article" command: a Vietnamese and an English file, linked by one translation key,
 * dated today, status draft, with every header field and a comment saying what it is for.
 */
public final class NewArticle {
    public record Created(Path vi, Path en, String translationKey) {}

    public static Created create(Path project, String titleVi, String titleEn, LocalDate today) throws IOException {
        String slug = Slugs.slugify(titleVi);
        String key = "news-" + today + "-" + slug;
        if (key.length() > 80) key = key.substring(0, 80).replaceAll("-+$", "");
        Path vi = project.resolve("content/vi/tin-tuc/" + slug + ".md");
        String enSlug = titleEn == null || titleEn.isBlank() ? slug : Slugs.slugify(titleEn);
        Path en = project.resolve("content/en/news/" + enSlug + ".md");
        for (Path p : List.of(vi, en)) {
            if (Files.exists(p)) throw new IOException(project.relativize(p) + " already exists. Choose another title, or edit that file.");
        }
        Files.createDirectories(vi.getParent());
        Files.createDirectories(en.getParent());
        Files.writeString(vi, header(titleVi, "vi", key, today, true), StandardCharsets.UTF_8);
        Files.writeString(en, header(titleEn == null || titleEn.isBlank() ? titleVi : titleEn, "en", key, today, false), StandardCharsets.UTF_8);
        return new Created(vi, en, key);
    }

    private static String header(String title, String lang, String key, LocalDate today, boolean vi) {
        List<HeaderWriter.Field> fields = List.of(
                field(vi ? "Tiêu đề tin (tối đa khoảng 110 ký tự)."
                        : "The article's headline (about 110 characters at most). Translate it from the Vietnamese file.", "title", oneLine(title)),
                field(vi ? "Không đổi: loại trang là tin tức." : "Do not change: this page is a news article.", "type", "news"),
                field(vi ? "draft = bản nháp, chỉ thấy khi xem trước. Đổi thành published để đăng."
                        : "draft = only in the preview. Change to published to publish.", "status", "draft"),
                new HeaderWriter.Field("lang", lang),
                field(vi ? "Khóa nối bản tiếng Việt với bản tiếng Anh: giống nhau ở cả hai tệp."
                        : "Links this English file to its Vietnamese twin: the same in both files.", "translationKey", key),
                field(vi ? "Ngày đăng, dạng NĂM-THÁNG-NGÀY. Ngày trong tương lai: tin tự đăng khi trang được dựng vào ngày đó."
                        : "Publication date, YEAR-MONTH-DAY. A future date: the article appears with the first build on that day.", "date", today.toString()),
                field(vi ? "Một hai câu tóm tắt (tối đa 200 ký tự): hiện trong danh sách tin và khi chia sẻ lên Facebook, Zalo."
                        : "One or two sentences (200 characters at most): shown in lists and when shared on Facebook or Zalo.", "summary", ""),
                field((vi ? "Trụ cột (ít nhất một): " : "Pillars (at least one): ") + String.join(", ", Term.ids(Pillar.class)), "pillars",
                        Pillar.DIGITAL_GOVERNMENT.id()),
                field((vi ? "Lĩnh vực (có thể để trống): " : "Sectors (may be empty): ") + String.join(", ", Term.ids(Sector.class)), "sectors", ""),
                field(vi ? "Thẻ, cách nhau bằng dấu phẩy, bằng tiếng Việt." : "Tags, separated by commas, in English.", "tags", ""),
                field(vi ? "Chỉ số liên quan (tên tệp trong data/indicators, không có .json), có thể để trống."
                        : "Related indicators (file names in data/indicators without .json), may be empty.", "indicators", ""),
                field(vi ? "Ảnh (không bắt buộc): đặt tệp vào assets/images/ rồi ghi /assets/images/ten-anh.jpg"
                        : "Photo (optional): put the file in assets/images/ and write /assets/images/photo-name.jpg", "image", ""),
                field(vi ? "Mô tả ảnh cho người không nhìn thấy (bắt buộc khi có ảnh)."
                        : "What the photo shows, for people who cannot see it (required with a photo).", "imageAlt", ""),
                field(vi ? "Tác giả hoặc nguồn ảnh." : "Who took the photo or where it comes from.", "imageCredit", ""),
                field(vi ? "Ngày cập nhật, nếu sửa tin sau khi đăng (NĂM-THÁNG-NGÀY), không thì để trống."
                        : "Date of a later correction (YEAR-MONTH-DAY), or empty.", "updated", ""));
        String body = vi
                ? "Đoạn đầu: việc gì đã xảy ra, khi nào, và vì sao người dân cần biết. Mỗi con số ghi nguồn, ví dụ ([Báo Gia Lai, 25/11/2022](source:S03)).\n"
                : "First paragraph: what happened, when, and why residents need to know. Every figure names its source, e.g. ([Báo Gia Lai, 25 November 2022](source:S03)).\n";
        return HeaderWriter.write(fields, body);
    }

    private static HeaderWriter.Field field(String comment, String key, String value) {
        return new HeaderWriter.Field(comment, key, value);
    }

    /** A title typed on the command line, as one header line: line breaks and runs of spaces become one space. */
    static String oneLine(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    private NewArticle() {}
}
