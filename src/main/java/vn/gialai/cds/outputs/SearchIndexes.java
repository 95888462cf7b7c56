package vn.gialai.cds.outputs;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.search.SearchIndex;
import vn.gialai.cds.views.SiteIndex;
import vn.gialai.cds.views.Urls;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One search index per language, beside its search page (tim-kiem/index.json, en/search/index.json). */
public final class SearchIndexes implements SiteOutput {
    private final List<Page> pages;
    private final SiteIndex index;
    private final Urls urls;
    private final Map<Language, Messages> messages;
    private final Function<Page, String> typeText;
    private Function<Page, String> figureText = p -> "";
    private Function<Page, String> bodyText = SearchIndex::bodyText;
    private final Map<Language, List<SearchIndex.Entry>> entries;

    /** @param typeText what each page's type adds to the searched text (pages/Slice.searchText) */
    public SearchIndexes(List<Page> pages, SiteIndex index, Urls urls, Map<Language, Messages> messages, Function<Page, String> typeText) {
        this(pages, index, urls, messages, typeText, Map.of());
    }

    /** @param entries results beyond the pages, by language (the public-service portals: see {@link #portalEntries}) */
    public SearchIndexes(List<Page> pages, SiteIndex index, Urls urls, Map<Language, Messages> messages, Function<Page, String> typeText,
                         Map<Language, List<SearchIndex.Entry>> entries) {
        this.entries = entries;
        this.pages = pages;
        this.index = index;
        this.urls = urls;
        this.messages = messages;
        this.typeText = typeText;
    }

    /** Each page's figure as one line, shown under its search result (pages/Slice.searchFigure). */
    public SearchIndexes withFigures(Function<Page, String> figures) {
        this.figureText = figures;
        return this;
    }

    /** The start of each page's body text (SearchIndex#bodyText), from where the build keeps it (pipeline/BuildMemory). */
    public SearchIndexes withBodyText(Function<Page, String> bodyText) {
        this.bodyText = bodyText;
        return this;
    }

    @Override
    public String name() { return "search"; }

    /** The languages whose index is the last site's (kept in place), not written. */
    private java.util.Set<Language> kept = java.util.EnumSet.noneOf(Language.class);

    /** Writes no index for these languages: the last site's stands (its pages' headers and bodies are as they were). */
    public SearchIndexes keeping(java.util.Set<Language> languages) {
        this.kept = languages.isEmpty() ? java.util.EnumSet.noneOf(Language.class) : java.util.EnumSet.copyOf(languages);
        return this;
    }

    /** The file of one language's index (none when the site has no search page in it). */
    public List<String> files(Language lang) {
        return index.ofType(lang, PageType.SEARCH).stream().findFirst().map(s -> List.of(s.path() + "index.json")).orElse(List.of());
    }

    /** The pages one language's index is made from. */
    public List<Page> pages(Language lang) {
        return pages.stream().filter(p -> p.lang() == lang).toList();
    }

    @Override
    public void write(Path staging) throws IOException {
        for (Language lang : Language.values()) if (!kept.contains(lang)) write(staging, lang);
    }

    private void write(Path staging, Language lang) throws IOException {
        var search = index.ofType(lang, PageType.SEARCH).stream().findFirst();
        if (search.isEmpty()) return;
        String json = SearchIndex.build(pages, lang, messages.get(lang), p -> urls.href(p.path()), bodyText, typeText, figureText,
                entries.getOrDefault(lang, List.of()));
        Path f = staging.resolve(search.get().path() + "index.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, json, StandardCharsets.UTF_8);
    }

    /** Each related portal with a confirmed address, as a search result, so "dịch vụ công" finds where to do procedures. */
    public static Map<Language, List<SearchIndex.Entry>> portalEntries(vn.gialai.cds.views.OperatorViews operator, Map<Language, Messages> messages) {
        Map<Language, List<SearchIndex.Entry>> out = new java.util.EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            Messages t = messages.get(lang);
            List<SearchIndex.Entry> list = new java.util.ArrayList<>();
            for (var p : operator.portals(lang)) {
                if (p.empty()) continue;
                list.add(new SearchIndex.Entry(p.name(), p.href(), t.get("search.section.portal"), t.get("online-services.search-text"),
                        p.kind() + ". " + t.get("online-services.intro"), t.get("online-services.heading")));
            }
            out.put(lang, list);
        }
        return out;
    }
}
