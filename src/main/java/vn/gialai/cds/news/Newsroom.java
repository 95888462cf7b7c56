package vn.gialai.cds.news;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.content.Slugs;
import vn.gialai.cds.vocabulary.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The news articles of each language, sorted once (newest first) and grouped once: by year, pillar,
 * sector and tag. Every list page, feed and "latest news" box reads from here, so nothing is re-sorted
 * per page (JBake's own lists are re-read for every document: its O(n²)).
 */
public final class Newsroom {
    public static final Comparator<Page> NEWEST_FIRST = Comparator.comparing(Page::date).reversed()
            .thenComparing(Page::title).thenComparing(Page::path);

    private final Map<Language, List<Page>> articles = new EnumMap<>(Language.class);
    private final Map<String, Integer> position = new HashMap<>();

    public Newsroom(List<Page> visible) {
        for (Language lang : Language.values()) articles.put(lang, new ArrayList<>());
        for (Page p : visible) if (p.type() == PageType.NEWS) articles.get(p.lang()).add(p);
        for (List<Page> list : articles.values()) {
            list.sort(NEWEST_FIRST);
            for (int i = 0; i < list.size(); i++) position.put(list.get(i).path(), i);
        }
    }

    public List<Page> all(Language lang) { return articles.get(lang); }

    public List<Page> latest(Language lang, int n) {
        List<Page> all = articles.get(lang);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The newer and the older article next to this one (empty at either end). */
    public Optional<Page> newer(Page p) {
        int i = position.getOrDefault(p.path(), -1);
        return i > 0 ? Optional.of(articles.get(p.lang()).get(i - 1)) : Optional.empty();
    }

    public Optional<Page> older(Page p) {
        int i = position.getOrDefault(p.path(), -1);
        List<Page> all = articles.get(p.lang());
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }

    private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T once(String key, java.util.function.Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }

    /** Years, newest first, each with its articles. */
    public Map<Integer, List<Page>> byYear(Language lang) {
        return once("year:" + lang, () -> computeByYear(lang));
    }

    private Map<Integer, List<Page>> computeByYear(Language lang) {
        Map<Integer, List<Page>> out = new TreeMap<>(Comparator.reverseOrder());
        for (Page p : articles.get(lang)) out.computeIfAbsent(p.date().getYear(), k -> new ArrayList<>()).add(p);
        return out;
    }

    /** Articles of a header list field ("pillars", "sectors"), by value, in the order the vocabulary lists them. */
    public Map<String, List<Page>> byField(Language lang, String field, List<String> vocabulary) {
        return once("field:" + lang + ":" + field + ":" + vocabulary, () -> computeByField(lang, field, vocabulary));
    }

    private Map<String, List<Page>> computeByField(Language lang, String field, List<String> vocabulary) {
        Map<String, List<Page>> out = new LinkedHashMap<>();
        for (String v : vocabulary) out.put(v, new ArrayList<>());
        for (Page p : articles.get(lang)) for (String v : p.list(field)) out.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
        return out;
    }

    /** Articles by tag, keyed by the tag's ASCII slug, sorted by slug; the tag's words are in tagNames. */
    public Map<String, List<Page>> byTag(Language lang) {
        return once("tag:" + lang, () -> computeByTag(lang));
    }

    private Map<String, List<Page>> computeByTag(Language lang) {
        Map<String, List<Page>> out = new TreeMap<>();
        for (Page p : articles.get(lang)) for (String tag : p.list("tags")) out.computeIfAbsent(Slugs.slugify(tag), k -> new ArrayList<>()).add(p);
        return out;
    }

    public Map<String, String> tagNames(Language lang) {
        return once("tagNames:" + lang, () -> computeTagNames(lang));
    }

    private Map<String, String> computeTagNames(Language lang) {
        Map<String, String> out = new TreeMap<>();
        for (Page p : articles.get(lang)) for (String tag : p.list("tags")) out.putIfAbsent(Slugs.slugify(tag), tag);
        return out;
    }
}
