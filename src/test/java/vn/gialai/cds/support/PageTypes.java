package vn.gialai.cds.support;

import java.util.List;

/**
 * One page of every page type, in both languages, in the fixture site (src/test/resources/fixture-site): what the
 * browser gates open. A new page type (indicator, news …) adds its line here, and a sample page to the fixture, and is
 * held to every gate at once. The samples are the fullest of their type: a news article with a photo, an indicator with
 * a chart across the merger, a search page with results.
 */
public final class PageTypes {
    public record Sample(String type, String lang, String path, int budgetKb) {
        public String name() { return type + "-" + lang; }
        @Override public String toString() { return name() + " (/" + path + ")"; }
    }

    /** Gzipped HTML + CSS + JS + fonts a page may load: home 50 KB, every other page 30 KB. */
    public static final int HOME_BUDGET_KB = 50;
    public static final int PAGE_BUDGET_KB = 30;

    public static List<Sample> all() {
        return List.of(
                new Sample("home", "vi", "", HOME_BUDGET_KB),
                new Sample("home", "en", "en/", HOME_BUDGET_KB),
                new Sample("page", "vi", "chuong-trinh/", PAGE_BUDGET_KB),
                new Sample("page", "en", "en/programme/", PAGE_BUDGET_KB),
                new Sample("section", "vi", "tru-cot/", PAGE_BUDGET_KB),
                new Sample("section", "en", "en/pillars/", PAGE_BUDGET_KB),
                new Sample("pillar", "vi", "tru-cot/chinh-quyen-so/", PAGE_BUDGET_KB),
                new Sample("pillar", "en", "en/pillars/digital-government/", PAGE_BUDGET_KB),
                new Sample("sector", "vi", "linh-vuc/nong-nghiep/", PAGE_BUDGET_KB),
                new Sample("sector", "en", "en/sectors/agriculture/", PAGE_BUDGET_KB),
                new Sample("documents", "vi", "van-ban/", PAGE_BUDGET_KB),
                new Sample("documents", "en", "en/documents/", PAGE_BUDGET_KB),
                new Sample("document", "vi", "van-ban/mau-quoc-gia/", PAGE_BUDGET_KB),
                new Sample("document", "en", "en/documents/ke-hoach-mau-cu/", PAGE_BUDGET_KB),
                new Sample("document-list", "vi", "van-ban/loai/ke-hoach/", PAGE_BUDGET_KB),
                new Sample("document-list", "en", "en/documents/year/2022/", PAGE_BUDGET_KB),
                new Sample("statement", "vi", "tuyen-bo-tiep-can/", PAGE_BUDGET_KB),
                new Sample("statement", "en", "en/privacy/", PAGE_BUDGET_KB),
                new Sample("about", "vi", "gioi-thieu/", PAGE_BUDGET_KB),
                new Sample("about", "en", "en/about/", PAGE_BUDGET_KB),
                new Sample("progress", "vi", "tien-do/", PAGE_BUDGET_KB),
                new Sample("progress", "en", "en/progress/", PAGE_BUDGET_KB),
                new Sample("indicator", "vi", "tien-do/mau-ty-le-truc-tuyen/", PAGE_BUDGET_KB),
                new Sample("indicator", "en", "en/progress/mau-xep-hang/", PAGE_BUDGET_KB),
                new Sample("embed", "vi", "tien-do/mau-ty-le-truc-tuyen/embed/", PAGE_BUDGET_KB),
                new Sample("embed", "en", "en/progress/mau-xep-hang/embed/", PAGE_BUDGET_KB),
                new Sample("news-index", "vi", "tin-tuc/", PAGE_BUDGET_KB),
                new Sample("news-index", "en", "en/news/", PAGE_BUDGET_KB),
                new Sample("news", "vi", "tin-tuc/bai-mau-ha-tang-so/", PAGE_BUDGET_KB),
                new Sample("news", "en", "en/news/sample-steering-committee-meeting/", PAGE_BUDGET_KB),
                new Sample("news-list", "vi", "tin-tuc/tru-cot/chinh-quyen-so/", PAGE_BUDGET_KB),
                new Sample("news-list", "en", "en/news/archive/2025/", PAGE_BUDGET_KB),
                new Sample("search", "vi", "tim-kiem/?q=chuyen+doi+so", PAGE_BUDGET_KB),
                new Sample("search", "en", "en/search/", PAGE_BUDGET_KB),
                new Sample("error404", "vi", "404.html", PAGE_BUDGET_KB),
                new Sample("error404", "en", "en/404.html", PAGE_BUDGET_KB));
    }

    /** Every sample but the embed pages, which are shown in another site's frame without the site's header or footer. */
    public static List<Sample> inTheSitesFrame() {
        return all().stream().filter(s -> !s.type().equals("embed")).toList();
    }

    private PageTypes() {}
}
