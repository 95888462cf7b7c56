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
        String c = vi ? """
                # Tiêu đề tin (tối đa khoảng 110 ký tự).
                title=%s
                # Không đổi: loại trang là tin tức.
                type=news
                # draft = bản nháp, chỉ thấy khi xem trước. Đổi thành published để đăng.
                status=draft
                lang=vi
                # Khóa nối bản tiếng Việt với bản tiếng Anh: giống nhau ở cả hai tệp.
                translationKey=%s
                # Ngày đăng, dạng NĂM-THÁNG-NGÀY. Ngày trong tương lai: tin tự đăng khi trang được dựng vào ngày đó.
                date=%s
                # Một hai câu tóm tắt (tối đa 200 ký tự): hiện trong danh sách tin và khi chia sẻ lên Facebook, Zalo.
                summary=
                # Trụ cột (ít nhất một): %4$s
                pillars=digital-government
                # Lĩnh vực (có thể để trống): %5$s
                sectors=
                # Thẻ, cách nhau bằng dấu phẩy, bằng tiếng Việt.
                tags=
                # Chỉ số liên quan (tên tệp trong data/indicators, không có .json), có thể để trống.
                indicators=
                # Ảnh (không bắt buộc): đặt tệp vào assets/images/ rồi ghi /assets/images/ten-anh.jpg
                image=
                # Mô tả ảnh cho người không nhìn thấy (bắt buộc khi có ảnh).
                imageAlt=
                # Tác giả hoặc nguồn ảnh.
                imageCredit=
                # Ngày cập nhật, nếu sửa tin sau khi đăng (NĂM-THÁNG-NGÀY), không thì để trống.
                updated=
                ~~~~~~
                Đoạn đầu: việc gì đã xảy ra, khi nào, và vì sao người dân cần biết. Mỗi con số ghi nguồn, ví dụ ([Báo Gia Lai, 25/11/2022](source:S03)).
                """ : """
                # The article's headline (about 110 characters at most). Translate it from the Vietnamese file.
                title=%s
                # Do not change: this page is a news article.
                type=news
                # draft = only in the preview. Change to published to publish.
                status=draft
                lang=en
                # Links this English file to its Vietnamese twin: the same in both files.
                translationKey=%s
                # Publication date, YEAR-MONTH-DAY. A future date: the article appears with the first build on that day.
                date=%s
                # One or two sentences (200 characters at most): shown in lists and when shared on Facebook or Zalo.
                summary=
                # Pillars (at least one): %4$s
                pillars=digital-government
                # Sectors (may be empty): %5$s
                sectors=
                # Tags, separated by commas, in English.
                tags=
                # Related indicators (file names in data/indicators without .json), may be empty.
                indicators=
                # Photo (optional): put the file in assets/images/ and write /assets/images/photo-name.jpg
                image=
                # What the photo shows, for people who cannot see it (required with a photo).
                imageAlt=
                # Who took the photo or where it comes from.
                imageCredit=
                # Date of a later correction (YEAR-MONTH-DAY), or empty.
                updated=
                ~~~~~~
                First paragraph: what happened, when, and why residents need to know. Every figure names its source, e.g. ([Báo Gia Lai, 25 November 2022](source:S03)).
                """;
        return String.format(c, title.strip(), key, today, String.join(", ", Term.ids(Pillar.class)),
                String.join(", ", Term.ids(Sector.class)));
    }

    private NewArticle() {}
}
