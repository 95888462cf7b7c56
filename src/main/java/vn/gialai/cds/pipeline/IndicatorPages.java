package vn.gialai.cds.pipeline;

import vn.gialai.cds.vocabulary.PageType;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.views.IndicatorViewFactory;
import vn.gialai.cds.views.SiteIndex;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One page per indicator and language, and its embed page, made from data/indicators/&lt;id&gt;.json, under the progress page. */
final class IndicatorPages {
    static final int SUMMARY_MAX = 200;

    static Map<Language, List<Page>> pages(List<Indicator> indicators, SiteIndex content) {
        Map<Language, List<Page>> out = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            List<Page> list = new ArrayList<>();
            for (Indicator ind : indicators) {
                String path = IndicatorViewFactory.indicatorPath(content, lang, ind);
                list.add(new Page(lang, IndicatorLoader.DIR + "/" + ind.id() + ".json", PageType.INDICATOR, "published",
                        "indicator-" + ind.id(), LocalDate.parse(ind.updated()), ind.name().in(lang),
                        shorten(ind.explanation().in(lang)), 0, Map.of("indicator", ind.id()), path, path + "index.html", ""));
                String embed = Addresses.indicatorEmbed(path);
                list.add(new Page(lang, IndicatorLoader.DIR + "/" + ind.id() + ".json", PageType.EMBED, "published",
                        "embed-" + ind.id(), LocalDate.parse(ind.updated()), ind.name().in(lang),
                        shorten(ind.explanation().in(lang)), 0, Map.of("indicator", ind.id()), embed, embed + "index.html", ""));
            }
            out.put(lang, list);
        }
        return out;
    }

    /** The key JBake's store knows a generated page by (one data file makes a page in each language). */
    static String key(Path project, Page p) {
        return project.resolve(p.source()) + "#" + p.lang().code();
    }

    /** At most 200 characters, cut at a word, for lists and sharing. */
    static String shorten(String s) {
        if (s.length() <= SUMMARY_MAX) return s;
        int cut = s.lastIndexOf(' ', SUMMARY_MAX - 1);
        return s.substring(0, cut > 0 ? cut : SUMMARY_MAX - 1) + "…";
    }

    private IndicatorPages() {}
}
