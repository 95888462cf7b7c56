package vn.gialai.cds.bench;

import vn.gialai.cds.support.Projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic site in the project's own format: the real pages and data plus N news articles per language, as issue 17
 * measures it: realistic Vietnamese and English words in three sections of prose with a bulleted list, a table and a
 * numbered list per article; 3 tags of 12, 1–2 pillars of 3, 0–2 sectors of 8; the two languages of an article share
 * its date, tags (by number), pillars and sectors. Seeded: the same N gives the same site, byte for byte.
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
    /** Tags per article, out of how many. */
    static final int TAGS_PER_ARTICLE = 3, TAGS = 12;

    /** What an article's two languages share: drawn once per article from the site's seeded generator. */
    record Meta(int i, LocalDate date, List<Integer> tags, List<String> pillars, List<String> sectors, long textSeed) {}

    /** Writes the site into a new temporary folder and returns it. */
    public static Path create(int perLanguage) throws IOException {
        Path dir = Projects.copy();
        for (Meta m : metas(perLanguage)) {
            Files.writeString(dir.resolve("content/vi/tin-tuc/tin-tong-hop-" + m.i() + ".md"), article(m, "vi"), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("content/en/news/synthetic-news-" + m.i() + ".md"), article(m, "en"), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** The articles' shared facts, in order: the same perLanguage gives the same list. */
    static List<Meta> metas(int perLanguage) {
        Random random = new Random(20220120L + perLanguage);
        List<Meta> out = new ArrayList<>(perLanguage);
        for (int i = 0; i < perLanguage; i++) {
            LocalDate date = LocalDate.of(2022, 1, 20).plusDays(random.nextInt(1700));
            List<Integer> tags = pick(random, TAGS, TAGS_PER_ARTICLE).stream().map(t -> t + 1).toList();
            List<String> pillars = pick(random, PILLARS.size(), 1 + random.nextInt(2)).stream().map(PILLARS::get).toList();
            List<String> sectors = pick(random, SECTORS.size(), random.nextInt(3)).stream().map(SECTORS::get).toList();
            out.add(new Meta(i, date, tags, pillars, sectors, random.nextLong()));
        }
        return out;
    }

    /** k distinct numbers of 0…n-1, drawn with r, in ascending order. */
    static List<Integer> pick(Random r, int n, int k) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) pool.add(i);
        for (int i = 0; i < k; i++) java.util.Collections.swap(pool, i, i + r.nextInt(n - i));
        return pool.subList(0, k).stream().sorted().toList();
    }

    /** One article's file (header and Markdown) in lang ("vi" or "en"). */
    static String article(Meta m, String lang) {
        boolean vi = lang.equals("vi");
        String[] words = vi ? VI : EN;
        Random r = new Random(m.textSeed());
        String title = capitalise(sentence(words, r, 8 + r.nextInt(6)));
        String summary = capitalise(sentence(words, r, 16)) + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 2; p++) paragraph(body, words, r);
        for (int section = 0; section < 3; section++) {
            body.append("## ").append(capitalise(sentence(words, r, 4))).append("\n\n");
            paragraph(body, words, r);
            switch (section) {
                case 0 -> list(body, words, r, 4, false);
                case 1 -> table(body, words, r, 3, 4);
                default -> list(body, words, r, 3, true);
            }
            paragraph(body, words, r);
        }
        List<String> tags = m.tags().stream().map(t -> (vi ? "chủ đề " : "topic ") + t).toList();
        String header = "title=" + title + "\ntype=news\nstatus=published\nlang=" + lang + "\ntranslationKey=synthetic-" + m.i()
                + "\ndate=" + m.date() + "\nsummary=" + summary.substring(0, Math.min(summary.length(), 190))
                + "\npillars=" + String.join(",", m.pillars()) + "\nsectors=" + String.join(",", m.sectors())
                + "\ntags=" + String.join(",", tags) + "\n~~~~~~\n";
        return header + body;
    }

    private static void paragraph(StringBuilder body, String[] words, Random r) {
        for (int s = 0; s < 5; s++) body.append(capitalise(sentence(words, r, 12 + r.nextInt(10)))).append(". ");
        body.append("\n\n");
    }

    private static void list(StringBuilder body, String[] words, Random r, int items, boolean numbered) {
        for (int i = 0; i < items; i++) {
            body.append(numbered ? (i + 1) + ". " : "- ").append(sentence(words, r, 6 + r.nextInt(5))).append(";\n");
        }
        body.append('\n');
    }

    /** A Markdown table of words only (no figures: a synthetic site must not look like data). */
    private static void table(StringBuilder body, String[] words, Random r, int columns, int rows) {
        for (int row = -1; row < rows; row++) {
            body.append('|');
            for (int c = 0; c < columns; c++) body.append(' ').append(capitalise(sentence(words, r, row < 0 ? 2 : 2 + r.nextInt(3)))).append(" |");
            body.append('\n');
            if (row < 0) body.append("|---".repeat(columns)).append("|\n");
        }
        body.append('\n');
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
