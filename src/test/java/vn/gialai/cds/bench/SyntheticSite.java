package vn.gialai.cds.bench;

import vn.gialai.cds.support.Projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A synthetic site in the project's own format: the real pages and data plus N news articles per language with
 * realistic Vietnamese and English text, tags, pillars and sectors (seeded: the same N gives the same site).
 */
public final class SyntheticSite {
    static final String[] VI = ("chuyển đổi số tỉnh Gia Lai người dân doanh nghiệp dịch vụ công trực tuyến hồ sơ thủ tục hành chính "
            + "hạ tầng số cáp quang trạm phát sóng xã phường kinh tế số xã hội số chính quyền số nông nghiệp cà phê hồ tiêu "
            + "giáo dục trường học y tế bệnh viện du lịch Pleiku Quy Nhơn ngân hàng thanh toán không dùng tiền mặt kế hoạch "
            + "mục tiêu năm kết quả báo cáo hội nghị triển khai nâng cao chỉ số đánh giá cán bộ kỹ năng số đào tạo dữ liệu "
            + "nền tảng ứng dụng điện thoại thông minh tài khoản định danh điện tử sáp nhập Bình Định").split(" ");
    static final String[] EN = ("digital transformation Gia Lai province residents businesses online public services applications "
            + "administrative procedures digital infrastructure fibre mobile sites communes wards digital economy digital society "
            + "digital government agriculture coffee pepper education schools health hospitals tourism Pleiku Quy Nhon banking "
            + "cashless payment plan target year results report conference rollout improve index assessment officials digital skills "
            + "training data platforms apps smartphones accounts electronic identity merger Binh Dinh").split(" ");
    static final List<String> PILLARS = List.of("digital-government", "digital-economy", "digital-society");
    static final List<String> SECTORS = List.of("agriculture", "education", "health", "transport-logistics", "industry-energy",
            "environment", "tourism", "finance-banking");

    /** Writes the site into a new temporary folder and returns it. */
    public static Path create(int perLanguage) throws IOException {
        Path dir = Projects.copy();
        Random random = new Random(20220120L + perLanguage);
        for (int i = 0; i < perLanguage; i++) {
            LocalDate date = LocalDate.of(2022, 1, 20).plusDays(random.nextInt(1700));
            String pillar = PILLARS.get(random.nextInt(PILLARS.size()));
            String sector = random.nextInt(3) == 0 ? SECTORS.get(random.nextInt(SECTORS.size())) : "";
            int tagVi = random.nextInt(12), tagEn = tagVi;
            long seed = random.nextLong();
            write(dir.resolve("content/vi/tin-tuc/tin-tong-hop-" + i + ".md"), "vi", i, date, pillar, sector,
                    "chủ đề " + tagVi, VI, new Random(seed));
            write(dir.resolve("content/en/news/synthetic-news-" + i + ".md"), "en", i, date, pillar, sector,
                    "topic " + tagEn, EN, new Random(seed));
        }
        return dir;
    }

    private static void write(Path file, String lang, int i, LocalDate date, String pillar, String sector, String tag,
                              String[] words, Random r) throws IOException {
        String title = capitalise(sentence(words, r, 8 + r.nextInt(6)));
        String summary = capitalise(sentence(words, r, 16)) + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 9; p++) {
            if (p == 3 || p == 6) body.append("## ").append(capitalise(sentence(words, r, 4))).append("\n\n");
            for (int s = 0; s < 5; s++) body.append(capitalise(sentence(words, r, 12 + r.nextInt(10)))).append(". ");
            body.append("\n\n");
        }
        String header = "title=" + title + "\ntype=news\nstatus=published\nlang=" + lang + "\ntranslationKey=synthetic-" + i
                + "\ndate=" + date + "\nsummary=" + summary.substring(0, Math.min(summary.length(), 190)) + "\npillars=" + pillar
                + "\nsectors=" + sector + "\ntags=" + tag + "\n~~~~~~\n";
        Files.writeString(file, header + body, StandardCharsets.UTF_8);
    }

    static String sentence(String[] words, Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private SyntheticSite() {}
}
