package vn.gialai.cds.views;

import vn.gialai.cds.vocabulary.Pillar;

import vn.gialai.cds.vocabulary.Term;

import vn.gialai.cds.vocabulary.Addresses;

import vn.gialai.cds.vocabulary.PageType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gialai.cds.charts.ChartView;
import vn.gialai.cds.charts.LineChart;
import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Assessment;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.vocabulary.ProgressStatus;
import vn.gialai.cds.indicators.Target;
import vn.gialai.cds.views.IndicatorViews.*;
import vn.gialai.cds.views.Views.LinkView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns indicators and their assessments into what the pages show, in one language at a time. */
public final class IndicatorViewFactory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Indicator> indicators;
    private final Map<String, Assessment> assessments;
    private final SiteIndex index;
    private final SiteData data;
    private final Map<Language, Messages> messages;
    private final Urls urls;
    private final LineChart chart = new LineChart();
    private final Figures figures;

    public IndicatorViewFactory(List<Indicator> indicators, Map<String, Assessment> assessments, SiteIndex index,
                                SiteData data, Map<Language, Messages> messages, Urls urls) {
        this.indicators = indicators;
        this.assessments = assessments;
        this.index = index;
        this.data = data;
        this.messages = messages;
        this.urls = urls;
        this.figures = new Figures(index, data, messages, urls);
    }

    /** The one maker of figures, for the other views (share cards, search results). */
    public Figures figures() { return figures; }

    /** Where indicator pages live: under the progress page of each language ("tien-do/", "en/progress/"). */
    public static String indicatorPath(SiteIndex index, Language lang, Indicator ind) {
        return Addresses.indicatorPage(lang, index.ofType(lang, PageType.PROGRESS).stream().findFirst().map(Page::path).orElse(lang.urlPrefix() + "progress/"),
                ind.id(), ind.slugVi());
    }


    // ---------------------------------------------------------------- one indicator page

    public IndicatorView indicator(Indicator ind, Language lang, String canonical) {
        Messages t = messages.get(lang);
        Assessment a = assessments.get(ind.id());
        Optional<Observation> headline = Figures.shown(ind);
        List<ObservationView> rows = new ArrayList<>();
        if (ind.baseline() != null) rows.add(new ObservationView(figures.observation(ind, ind.baseline(), lang), true));
        for (Observation o : ind.chronological()) rows.add(new ObservationView(figures.observation(ind, o, lang), false));
        List<TargetView> targets = new ArrayList<>();
        ind.targets().stream().sorted(java.util.Comparator.comparingInt(Target::year)).forEach(tg -> targets.add(
                new TargetView(figures.target(ind, tg, lang), tg.isNumeric() ? tg.text().in(lang) : "")));
        List<LinkView> sectors = new ArrayList<>();
        for (String s : ind.sectors()) index.byKey(lang, "sector-" + s).ifPresent(p -> sectors.add(new LinkView(p.title(), urls.href(p.path()), "")));
        return new IndicatorView(
                ind.id(),
                ind.name().in(lang),
                ind.explanation().in(lang),
                ind.unitLabel().in(lang),
                pillarLink(ind.pillar(), lang),
                // "Trụ cột:" before a pillar; an indicator of the whole programme is not in a pillar, and says so
                t.get(Pillar.CROSS_CUTTING.equals(ind.pillar()) ? "indicator.cross-cutting" : "indicator.pillar"),
                sectors,
                headline.map(o -> figures.observation(ind, o, lang)).orElse(null),
                status(a, ind, lang),
                chart(ind, lang),
                rows,
                targets,
                ind.notes().stream().map(n -> n.in(lang)).toList(),
                urls.href(Addresses.indicatorCsv(ind.id())),
                urls.href(Addresses.indicatorJson(ind.id())),
                methodologyHref(lang),
                reuse(ind, lang));
    }

    private FigureReuse reuse(Indicator ind, Language lang) {
        String path = indicatorPath(index, lang, ind);
        boolean chart = ind.observations().stream().anyMatch(Observation::isNumeric)
                || (ind.baseline() != null && ind.baseline().isNumeric());
        return new FigureReuse(citation(ind, lang), urls.href(Addresses.indicatorEmbed(path)),
                chart ? urls.href(Addresses.indicatorChartSvg(path)) : "", chart ? urls.href(Addresses.indicatorChartPng(path)) : "",
                sourceLine(ind, lang), urls.absolute(path), embedCode(ind, lang, path));
    }

    /** The HTML another site pastes to show the embed page: an iframe with its absolute address and a title. */
    private String embedCode(Indicator ind, Language lang, String indicatorPath) {
        String title = ind.name().in(lang).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<iframe src=\"" + urls.absolute(Addresses.indicatorEmbed(indicatorPath)) + "\" title=\"" + title
                + "\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    /** An indicator's embed page: its latest figure with its provenance, its chart, the source line, the way back. */
    public EmbedViews.EmbedView embed(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        Figure figure = ind.latestNumeric().or(ind::latest).map(o -> figures.observation(ind, o, lang)).orElse(null);
        return new EmbedViews.EmbedView(ind.name().in(lang), figure, chart(ind, lang), sourceLine(ind, lang),
                urls.absolute(indicatorPath(index, lang, ind)), t.get("site.name"));
    }

    /**
     * The line that travels with the chart (under it on the embed page, drawn into its PNG and SVG, on the share card):
     * the readable names of the sources of the figures shown, and the site that drew it. Empty for an indicator with no
     * figure at all: there is no source to name and no chart.
     */
    public String sourceLine(Indicator ind, Language lang) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Observation o : ind.chronological()) if (o.isNumeric()) names.add(sourceName(o.source(), lang));
        if (names.isEmpty()) ind.latest().ifPresent(o -> names.add(sourceName(o.source(), lang)));
        if (names.isEmpty()) return "";
        return messages.get(lang).get("figure.source-line", String.join("; ", names), messages.get(lang).get("site.name"));
    }

    /** A source's readable name in the page's language (its short name in the registry), never its code. */
    private String sourceName(String id, Language lang) {
        return figures.source(id, lang).shortName();
    }

    /**
     * "Cite this": title, publisher, date of the figures' last update, address, in the language's own date style.
     */
    public String citation(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        return t.get("figure.citation", ind.name().in(lang), t.get("publisher.name"),
                new Formats(lang).date(java.time.LocalDate.parse(ind.updated())), urls.absolute(indicatorPath(index, lang, ind)));
    }

    public StatusView status(Assessment a, Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        ProgressStatus s = a.status();
        String reason = switch (a.reason()) {
            // no figures to reason with: the sentence saying why (below) says all there is, once
            case NO_TARGETS, ONLY_QUALITATIVE, NO_FIGURE -> "";
            case NO_TARGET_FOR_TERRITORY -> t.get("status.reason.no-target-for-territory", value(ind, a.latest(), lang),
                    a.latest().parsedPeriod().label(lang), t.get("territory." + a.latest().territory()));
            case TARGET_MET, DEADLINE_MISSED -> t.get("status.reason." + key(a.reason()), value(ind, a.latest(), lang),
                    a.latest().parsedPeriod().label(lang), target(ind, a.target(), lang), a.target().year());
            case ONE_COMPARABLE_FIGURE -> t.get("status.reason.one-comparable-figure", value(ind, a.latest(), lang),
                    a.latest().parsedPeriod().label(lang));
            case RATE_COMPARED -> t.get("status.reason.rate-compared", value(ind, a.start(), lang), a.start().parsedPeriod().label(lang),
                    value(ind, a.latest(), lang), a.latest().parsedPeriod().label(lang), rate(a.observedRate(), f),
                    target(ind, a.target(), lang), a.target().year(), rate(a.requiredRate(), f));
        };
        return new StatusView(s.id(), t.get("status." + s.id()), s.icon(), reason, why(a, ind, t));
    }

    /** One everyday sentence after the badge: why the status is what it is, from the reason the calculator gave. */
    static String why(Assessment a, Indicator ind, Messages t) {
        return switch (a.reason()) {
            case NO_TARGETS, ONLY_QUALITATIVE, NO_FIGURE -> t.get("status.why." + key(a.reason()));
            case NO_TARGET_FOR_TERRITORY -> t.get("status.why.no-target-for-territory",
                    t.get("territory." + ind.targets().stream().filter(vn.gialai.cds.indicators.Target::isNumeric)
                            .map(vn.gialai.cds.indicators.Target::territory).sorted().findFirst().orElseThrow()),
                    t.get("territory." + a.latest().territory()));
            case TARGET_MET, DEADLINE_MISSED -> t.get("status.why." + key(a.reason()), String.valueOf(a.target().year()));
            case ONE_COMPARABLE_FIGURE -> t.get("status.why.one-comparable-figure", t.get("territory." + a.latest().territory()));
            case RATE_COMPARED -> t.get("status.why.rate-" + a.status().id(), String.valueOf(a.target().year()));
        };
    }

    private static String key(Assessment.Reason r) {
        return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String rate(double r, Formats f) {
        String n = f.number(BigDecimal.valueOf(r * 100), 1);
        return (r > 0 ? "+" : "") + n + "%";
    }

    /** A figure as the language writes it, with its unit: "51,4%", "19/63", "8.828", "45 Mbps". */
    public String value(Indicator ind, Observation o, Language lang) {
        return figures.value(ind, o, lang);
    }

    private String number(Indicator ind, double v, Language lang) {
        return figures.number(ind, v, lang);
    }

    /** A target as the language writes it: "≥ 80%", "5–10%/năm", "nhóm 15 đứng đầu", or its words. */
    public String target(Indicator ind, Target tg, Language lang) {
        return figures.goal(ind, tg, lang);
    }

    private LinkView pillarLink(String pillar, Language lang) {
        Messages t = messages.get(lang);
        Optional<Page> page = index.byKey(lang, "pillar-" + pillar);
        String dashboard = index.ofType(lang, PageType.PROGRESS).stream().findFirst().map(p -> urls.href(p.path())).orElse(urls.href(lang.urlPrefix()));
        return page.map(p -> new LinkView(p.title(), urls.href(p.path()), ""))
                .orElseGet(() -> new LinkView(t.get("pillar." + pillar), dashboard + "#" + pillar, ""));
    }

    /** The indicator's chart in one language (null when it has no numeric figure). */
    public ChartView chart(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        StringBuilder desc = new StringBuilder();
        Map<Observation.SeriesKey, List<Observation>> bySeries = new java.util.LinkedHashMap<>();
        for (Observation o : ind.plotted()) bySeries.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(o);
        for (List<Observation> group : bySeries.values()) {
            desc.append(t.get("chart.series." + group.get(0).territory())).append(": ");
            List<String> parts = new ArrayList<>();
            for (Observation o : group) parts.add(value(ind, o, lang) + " (" + o.parsedPeriod().label(lang) + ")");
            desc.append(String.join(", ", parts)).append(". ");
        }
        if (bySeries.size() > 1) desc.append(t.get("chart.not-joined")).append(' ');
        List<String> goals = ind.targets().stream().filter(Target::isNumeric)
                .map(tg -> target(ind, tg, lang) + " (" + tg.year() + ")").toList();
        if (!goals.isEmpty()) desc.append(t.get("chart.targets")).append(": ").append(String.join(", ", goals)).append('.');
        LineChart.Labels labels = new LineChart.Labels(
                ind.name().in(lang),
                desc.toString().strip(),
                t.get("chart.merger"),
                ind.unitLabel().in(lang),
                outOf -> t.get("chart.axis.rank", String.valueOf(outOf)),
                o -> t.get("chart.series." + o.territory()),
                v -> number(ind, v, lang),
                tg -> target(ind, tg, lang),
                o -> o.parsedPeriod().label(lang),
                t.get("chart.legend.target"),
                t.get("chart.legend.baseline"));
        return chart.layout(ind, labels);
    }

    /** schema.org Dataset, so search engines can find the figures and their downloads. */
    public String jsonLd(Indicator ind, Language lang, String canonical) {
        ObjectNode d = JSON.createObjectNode();
        d.put("@context", "https://schema.org");
        d.put("@type", "Dataset");
        d.put("name", ind.name().in(lang));
        d.put("description", ind.explanation().in(lang));
        d.put("url", canonical);
        d.put("inLanguage", lang.code());
        d.put("dateModified", ind.updated());
        d.put("isAccessibleForFree", true);
        d.put("spatialCoverage", ind.isNational() ? "Việt Nam" : "Gia Lai, Việt Nam");
        ObjectNode publisher = d.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", messages.get(lang).get("site.name"));
        ArrayNode based = d.putArray("isBasedOn");
        for (String id : ind.sources()) {
            Source s = data.sources().get(id);
            if (s != null) based.add(s.url());
        }
        ArrayNode dist = d.putArray("distribution");
        ObjectNode csv = dist.addObject();
        csv.put("@type", "DataDownload");
        csv.put("encodingFormat", "text/csv");
        csv.put("contentUrl", urls.absolute(Addresses.indicatorCsv(ind.id())));
        ObjectNode json = dist.addObject();
        json.put("@type", "DataDownload");
        json.put("encodingFormat", "application/json");
        json.put("contentUrl", urls.absolute(Addresses.indicatorJson(ind.id())));
        return vn.gialai.cds.data.StrictJson.forScript(d);
    }

    // ---------------------------------------------------------------- lists

    /**
     * An indicator on a card: its latest figure and a target of the same territory only. The target is the one the
     * status was measured against when there is one; else the next target (or the last) set for the figure's
     * territory; a target of another territory is never paired with the figure: the card says there is none for it.
     */
    public IndicatorSummary summary(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        Assessment a = assessments.get(ind.id());
        Optional<Observation> latest = Figures.shown(ind);
        List<Target> byYear = ind.targets().stream().sorted(java.util.Comparator.comparingInt(Target::year)).toList();
        Optional<Target> target;
        String targetNote = "";
        if (latest.isPresent()) {
            Observation o = latest.get();
            List<Target> same = byYear.stream().filter(tg -> tg.territory().equals(o.territory())).toList();
            int year = o.parsedPeriod().year();
            target = Optional.ofNullable(a.target()).filter(same::contains)
                    .or(() -> same.stream().filter(tg -> tg.year() >= year).findFirst())
                    .or(() -> same.isEmpty() ? Optional.empty() : Optional.of(same.get(same.size() - 1)));
            // no target at all: no target line (the status, "no target", and its sentence say it once); a target only
            // for another territory: the line says so
            if (target.isEmpty() && !byYear.isEmpty()) {
                targetNote = t.get("indicator-list.no-target-for-territory", t.get("territory." + o.territory()));
            }
        } else {
            target = byYear.stream().filter(tg -> tg.year() >= 2025).findFirst().or(() -> byYear.stream().findFirst());
        }
        return new IndicatorSummary(ind.id(), ind.name().in(lang), urls.href(indicatorPath(index, lang, ind)),
                latest.map(o -> figures.observation(ind, o, lang)).orElse(null),
                target.map(tg -> figures.target(ind, tg, lang)).orElse(null), targetNote,
                status(a, ind, lang), ind.isNational());
    }

    public List<StatusCount> counts(List<Indicator> list, Language lang) {
        Messages t = messages.get(lang);
        Map<ProgressStatus, Integer> n = new EnumMap<>(ProgressStatus.class);
        for (Indicator i : list) n.merge(assessments.get(i.id()).status(), 1, Integer::sum);
        List<StatusCount> out = new ArrayList<>();
        n.forEach((s, c) -> out.add(new StatusCount(s.id(), t.get("status." + s.id()), s.icon(), c)));
        return out;
    }

    public IndicatorListView list(Language lang, Predicate<Indicator> which) {
        List<Indicator> chosen = indicators.stream().filter(which).toList();
        List<Indicator> province = chosen.stream().filter(i -> !i.isNational()).toList();
        String dashboard = index.ofType(lang, PageType.PROGRESS).stream().findFirst().map(p -> urls.href(p.path())).orElse("");
        return new IndicatorListView(counts(province, lang),
                province.stream().map(i -> summary(i, lang)).toList(),
                chosen.stream().filter(i -> i.isNational()).map(i -> summary(i, lang)).toList(),
                dashboard, confidenceKey(lang));
    }

    public DashboardView dashboard(Language lang) {
        Messages t = messages.get(lang);
        List<LinkView> pillarFilters = new ArrayList<>();
        List<PillarGroup> groups = new ArrayList<>();
        List<String> groupsInOrder = new ArrayList<>(Term.ids(Pillar.class));
        groupsInOrder.add(Pillar.CROSS_CUTTING);
        for (String p : groupsInOrder) {
            List<Indicator> in = indicators.stream().filter(i -> i.pillar().equals(p)).toList();
            if (in.isEmpty()) continue;
            LinkView link = pillarLink(p, lang);
            pillarFilters.add(new LinkView(link.label(), "#" + p, ""));
            List<Indicator> province = in.stream().filter(i -> !i.isNational()).toList();
            groups.add(new PillarGroup(p, link.label(), index.byKey(lang, "pillar-" + p).map(pg -> urls.href(pg.path())).orElse(""),
                    counts(province, lang),
                    province.stream().map(i -> summary(i, lang)).toList(),
                    in.stream().filter(i -> i.isNational()).map(i -> summary(i, lang)).toList()));
        }
        List<LinkView> sectorFilters = new ArrayList<>();
        for (Page sector : index.ofType(lang, PageType.SECTOR)) {
            String id = sector.field("sector");
            long n = indicators.stream().filter(i -> i.sectors().contains(id)).count();
            sectorFilters.add(new LinkView(sector.title() + " (" + n + ")", urls.href(sector.path()) + "#indicators", ""));
        }
        List<Indicator> province = indicators.stream().filter(i -> !i.isNational()).toList();
        return new DashboardView(pillarFilters, sectorFilters, counts(province, lang), groups,
                urls.href("data/indicators.csv"), urls.href("data/indicators.json"), methodologyHref(lang),
                confidenceKey(lang));
    }

    /** What the compact confidence marks mean: ● quoted, ◐ inferred, ○ secondary, in the page's language. */
    public List<ConfidenceKey> confidenceKey(Language lang) {
        Messages t = messages.get(lang);
        return java.util.Arrays.stream(vn.gialai.cds.vocabulary.Confidence.values())
                .map(c -> new ConfidenceKey(c.id(), c.mark(), t.get("confidence." + c.id()))).toList();
    }

    private String methodologyHref(Language lang) {
        return index.byKey(lang, "methodology").map(p -> urls.href(p.path())).orElse("");
    }
}
