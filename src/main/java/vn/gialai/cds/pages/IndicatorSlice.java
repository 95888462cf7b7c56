package vn.gialai.cds.pages;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.sharing.CardFigure;
import vn.gialai.cds.sharing.CardSpec;
import vn.gialai.cds.views.Figure;
import vn.gialai.cds.views.IndicatorViews.IndicatorSummary;
import vn.gialai.cds.views.IndicatorViews.IndicatorView;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator (a page the build makes from data/indicators/&lt;id&gt;.json): its figures, status, chart, targets and
 * downloads. Its share card carries the latest figure, the status and a small chart.
 */
public final class IndicatorSlice implements Slice {
    private final PageContext c;

    IndicatorSlice(PageContext c) { this.c = c; }

    @Override public PageType type() { return PageType.INDICATOR; }

    private Indicator indicator(Page page) { return c.indicators().get(page.field("indicator")); }

    @Override
    public IndicatorView view(Page page) {
        return c.indicatorViews().indicator(indicator(page), page.lang(), c.urls().absolute(page.path()));
    }

    @Override
    public List<String> structuredData(Page page) {
        return List.of(c.indicatorViews().jsonLd(indicator(page), page.lang(), c.urls().absolute(page.path())));
    }

    @Override
    public CardSpec card(Page page, PageContext c) {
        Language lang = page.lang();
        Messages t = c.t(lang);
        Indicator ind = indicator(page);
        IndicatorSummary summary = c.indicatorViews().summary(ind, lang);
        String figure = t.get("indicator.no-figure");
        String note = "";
        if (summary.figure() != null) {
            // The card's text comes from the same Figure as the page's: value, then period, territory, source, confidence.
            String line = c.indicatorViews().figures().text(summary.figure(), lang);
            int cut = line.indexOf(" · ");
            figure = cut < 0 ? line : line.substring(0, cut);
            note = cut < 0 ? "" : line.substring(cut + 3);
        }
        String status = summary.status().icon() + " " + summary.status().label();
        return c.social().card(page, page.title(), new CardFigure(figure, note, status, sparkline(ind),
                c.indicatorViews().sourceLine(ind, lang)));
    }

    /** The site search reads what the indicator measures and its unit. */
    @Override
    public String searchText(Page page) {
        Indicator i = indicator(page);
        return i.explanation().in(page.lang()) + " " + i.unitLabel().in(page.lang());
    }

    /** The search result shows the latest figure as one line, from the same Figure as the page. */
    @Override
    public String searchFigure(Page page) {
        Figure f = figure(page);
        return f == null ? "" : c.indicatorViews().figures().text(f, page.lang());
    }

    /** The latest figure, as the cards show it (with the other sources' figures when they disagree). */
    @Override
    public Figure figure(Page page) {
        return c.indicatorViews().summary(indicator(page), page.lang()).figure();
    }

    /** The indicator's figures as points in 0..1, one list per comparable series (never joined across the merger). */
    static List<List<double[]>> sparkline(Indicator ind) {
        List<Observation> numeric = ind.chronological().stream().filter(Observation::isNumeric).toList();
        if (numeric.size() < 2) return List.of();
        double t0 = numeric.stream().mapToDouble(o -> o.parsedPeriod().midpoint()).min().orElse(0);
        double t1 = numeric.stream().mapToDouble(o -> o.parsedPeriod().midpoint()).max().orElse(1);
        boolean rank = "rank".equals(ind.unit());
        double max = numeric.stream().mapToDouble(o -> o.outOf() != null ? o.outOf() : o.value()).max().orElse(1);
        Map<Observation.SeriesKey, List<double[]>> groups = new LinkedHashMap<>();
        for (Observation o : numeric) {
            double x = t1 == t0 ? 0.5 : (o.parsedPeriod().midpoint() - t0) / (t1 - t0);
            // A rank is placed within its own number of places (of 63, of 34): two rankings never share a scale.
            double places = o.outOf() != null ? o.outOf() : max;
            double y = rank ? 1 - (o.value() - 1) / Math.max(1, places - 1) : o.value() / max;
            groups.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(new double[]{x, y});
        }
        return new ArrayList<>(groups.values());
    }
}
