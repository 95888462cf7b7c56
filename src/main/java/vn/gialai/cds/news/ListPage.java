package vn.gialai.cds.news;

import java.util.List;

/**
 * One page of a news list: all news, a year, a pillar, a sector or a tag, and which slice of it.
 *
 * @param kind  all, year, pillar, sector or tag
 * @param key   the year, pillar id, sector id or tag slug ("" for all)
 * @param label what the list is about, in the page's language ("2025", "Chính quyền số", "dịch vụ công")
 * @param basePath the list's first page ("tin-tuc/nam/2025/"); later pages add "trang/N/"
 */
public record ListPage(String kind, String key, String label, String basePath, int number, int pages, List<String> articlePaths) {}
