package vn.gialai.cds.content;

import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.time.LocalDate;
import java.util.Map;

/**
 * One validated content file: everything the later stages need, computed once.
 *
 * @param source     path from the project root, e.g. content/vi/linh-vuc/nong-nghiep.md
 * @param path       address from the site root without the base path, e.g. "linh-vuc/nong-nghiep/", "" for home
 * @param outputFile the file written for it, e.g. "linh-vuc/nong-nghiep/index.html"
 * @param body       the Markdown body as HTML, links already resolved and checked (content/Body)
 */
public record Page(
        Language lang,
        String source,
        PageType type,
        String status,
        String translationKey,
        LocalDate date,
        String title,
        String summary,
        int order,
        Map<String, String> fields,
        String path,
        String outputFile,
        Body body) {

    /** A page with its body given as HTML (null: none). */
    public Page(Language lang, String source, PageType type, String status, String translationKey, LocalDate date, String title,
                String summary, int order, Map<String, String> fields, String path, String outputFile, String bodyHtml) {
        this(lang, source, type, status, translationKey, date, title, summary, order, fields, path, outputFile, Body.of(bodyHtml));
    }

    /** The body as HTML; null for none. */
    public String bodyHtml() { return body == null ? null : body.html(); }

    /** The same page with another body (every header field kept). */
    public Page withBody(Body body) {
        return new Page(lang, source, type, status, translationKey, date, title, summary, order, fields, path, outputFile, body);
    }

    public boolean isPublished() { return "published".equals(status); }

    public boolean isDraft() { return "draft".equals(status); }

    /** Published, but dated after the build's today: it waits for a build on or after its date. */
    public boolean isScheduled(LocalDate now) { return isPublished() && date != null && date.isAfter(now); }

    /** On the public site built on that day. */
    public boolean isPublic(LocalDate now) { return isPublished() && !isScheduled(now); }

    /** A comma-separated header field as a list ("a,b" → [a, b]); empty when absent. */
    public java.util.List<String> list(String key) {
        String v = fields.get(key);
        if (v == null || v.isBlank()) return java.util.List.of();
        // read for every article by every list, feed and tag page: a loop, not a stream
        java.util.List<String> out = new java.util.ArrayList<>(4);
        for (String part : v.split(",")) {
            String s = part.strip();
            if (!s.isEmpty()) out.add(s);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The folder address this page sits in, used to find its parent section. */
    public String parentPath() {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int cut = p.lastIndexOf('/');
        String prefix = lang.urlPrefix();
        if (cut < 0) return path.equals(prefix) ? null : prefix;
        String parent = p.substring(0, cut + 1);
        return parent.length() < prefix.length() ? prefix : parent;
    }

    public String field(String key) { return fields.get(key); }
}
