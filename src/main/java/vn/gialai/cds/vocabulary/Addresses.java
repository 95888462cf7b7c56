package vn.gialai.cds.vocabulary;

import java.util.Map;

/**
 * The address rules of the pages the build makes itself, in one place: news lists and their later pages, indicator
 * pages and the data downloads. Paths are from the site root, without the base path ("tin-tuc/nam/2025/").
 */
public final class Addresses {
    /** Address words of each language: /tin-tuc/nam/2025/trang/2/ and /en/news/archive/2025/page/2/. */
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.VI, Map.of("page", "trang", "year", "nam", "pillar", "tru-cot", "sector", "linh-vuc", "tag", "the"),
            Language.EN, Map.of("page", "page", "year", "archive", "pillar", "pillars", "sector", "sectors", "tag", "tags"));

    /** The first page of a list of news of one kind (year, pillar, sector, tag): "tin-tuc/" + "nam" + "/2025/". */
    public static String newsList(Language lang, String newsPath, String kind, String slug) {
        return newsPath + WORDS.get(lang).get(kind) + "/" + slug + "/";
    }

    /** Page n of a list whose first page is basePath: n = 1 is basePath itself, then "…/trang/2/", "…/page/2/". */
    public static String listPage(Language lang, String basePath, int n) {
        return n == 1 ? basePath : basePath + WORDS.get(lang).get("page") + "/" + n + "/";
    }

    /** The documents library's address words: /van-ban/loai/ke-hoach/ and /en/documents/form/plan/. */
    private static final Map<Language, Map<String, String>> DOCUMENT_WORDS = Map.of(
            Language.VI, Map.of("form", "loai", "issuer", "co-quan", "year", "nam"),
            Language.EN, Map.of("form", "form", "issuer", "issuer", "year", "year"));

    /** A document's own page, under the documents page of its language ("van-ban/kh-1331-kh-ubnd/"). */
    public static String documentPage(String documentsPath, String id) { return documentsPath + id + "/"; }

    /** A filter page of the documents library: kind is form, issuer or year ("van-ban/" + "loai" + "/ke-hoach/"). */
    public static String documentList(Language lang, String documentsPath, String kind, String slug) {
        return documentsPath + DOCUMENT_WORDS.get(lang).get(kind) + "/" + slug + "/";
    }

    /**
     * An indicator's page, under the progress page of its language, named in that language: Vietnamese by the
     * indicator's Vietnamese slug ("tien-do/thu-hang-chi-so-chuyen-doi-so-dti/"), English by its id
     * ("en/progress/gl-dti-rank/").
     */
    public static String indicatorPage(Language lang, String progressPath, String id, String slugVi) {
        return progressPath + indicatorSlug(lang, id, slugVi) + "/";
    }

    /** The last part of an indicator page's address: {@link #indicatorPage}. */
    public static String indicatorSlug(Language lang, String id, String slugVi) {
        return lang == Language.VI && slugVi != null && !slugVi.isBlank() ? slugVi : id;
    }

    /** An indicator's page for other sites to embed in an iframe ("tien-do/gl-dti-rank/embed/"). */
    public static String indicatorEmbed(String indicatorPath) { return indicatorPath + "embed/"; }

    /** An indicator's chart as an image, in the page's language, beside its page ("tien-do/gl-dti-rank/chart.svg"). */
    public static String indicatorChartSvg(String indicatorPath) { return indicatorPath + "chart.svg"; }

    public static String indicatorChartPng(String indicatorPath) { return indicatorPath + "chart.png"; }

    /** An indicator's figures as CSV and JSON ("data/gl-dti-rank.csv"), the same for both languages. */
    public static String indicatorCsv(String id) { return "data/" + id + ".csv"; }

    public static String indicatorJson(String id) { return "data/" + id + ".json"; }

    private Addresses() {}
}
