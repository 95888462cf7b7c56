package vn.gialai.cds.views;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The published pages, indexed once: by address, by language and translation key, by parent section. */
public final class SiteIndex {
    private final List<Page> pages;
    private final Map<String, Page> byPath = new HashMap<>();
    private final Map<String, Page> byLangKey = new HashMap<>();
    private final Map<String, List<Page>> children = new HashMap<>();

    public SiteIndex(List<Page> published) {
        this.pages = List.copyOf(published);
        for (Page p : pages) {
            byPath.put(p.path(), p);
            byLangKey.put(p.lang().code() + ":" + p.translationKey(), p);
        }
        for (Page p : pages) {
            String parent = p.parentPath();
            if (parent != null && p.type().addressable()) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
            }
        }
        Comparator<Page> order = Comparator.comparingInt(Page::order).thenComparing(Page::title).thenComparing(Page::path);
        children.values().forEach(l -> l.sort(order));
    }

    public List<Page> pages() { return pages; }
    public Optional<Page> byPath(String path) { return Optional.ofNullable(byPath.get(path)); }
    public Optional<Page> byKey(Language lang, String key) { return Optional.ofNullable(byLangKey.get(lang.code() + ":" + key)); }
    public Optional<Page> translationOf(Page p) { return byKey(p.lang().other(), p.translationKey()); }
    public List<Page> childrenOf(Page p) { return children.getOrDefault(p.path(), List.of()); }

    private final Map<String, List<Page>> byType = new java.util.concurrent.ConcurrentHashMap<>();

    /** Pages of a type in a language, by their order; computed once (every page asks for the about or news page). */
    public List<Page> ofType(Language lang, PageType type) {
        return byType.computeIfAbsent(lang.code() + ":" + type, k -> {
            List<Page> out = new ArrayList<>();
            for (Page p : pages) if (p.lang() == lang && type == p.type()) out.add(p);
            out.sort(Comparator.comparingInt(Page::order).thenComparing(Page::title));
            return List.copyOf(out);
        });
    }

    /** Pages that have no counterpart in the other language, by source file, for the build's report. */
    public Map<String, String> untranslated() {
        Map<String, String> out = new TreeMap<>();
        for (Page p : pages) {
            if (translationOf(p).isEmpty()) out.put(p.source(), p.lang().other().code());
        }
        return out;
    }
}
