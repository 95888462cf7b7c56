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

    public IndicatorViewFactory(List<Indicator> indicators, Map<String, Assessment> assessments, SiteIndex index,
                                SiteData data, Map<Language, Messages> messages, Urls urls) {
        this.indicators = indicators;
        this.assessments = assessments;
        this.index = index;
        this.data = data;
        this.messages = messages;
        this.urls = urls;
    }

    /** Where indicator pages live: under the progress page of each language ("tien-do/", "en/progress/"). */
    public static String indicatorPath(SiteIndex index, Language lang, Indicator ind) {
        return Addresses.indicatorPage(lang, index.ofType(lang, PageType.PROGRESS).stream().findFirst().map(Page::path).orElse(lang.urlPrefix() + "progress/"),
                ind.id(), ind.slugVi());
    }


    // ---------------------------------------------------------------- one indicator page

    public IndicatorView indicator(Indicator ind, Language lang, String canonical) {
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        Assessment a = assessments.get(ind.id());
        Optional<Observation> headline = ind.latestNumeric().or(ind::latest);
        List<ObservationView> rows = new ArrayList<>();
        if (ind.baseline() != null) rows.add(observation(ind, ind.baseline(), lang, true));
        for (Observation o : ind.chronological()) rows.add(observation(ind, o, lang, false));
        List<TargetView> targets = new ArrayList<>();
        ind.targets().stream().sorted(java.util.Comparator.comparingInt(Target::year)).forEach(tg -> targets.add(new TargetView(
                String.valueOf(tg.year()), target(ind, tg, lang), tg.isNumeric() ? tg.text().in(lang) : "", t.get("territory." + tg.territory()),
                tg.sources().stream().map(id -> sourceLink(id, lang)).toList(), t.get("confidence." + tg.confidence()),
                tg.note() == null ? "" : tg.note().in(lang))));
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
                headline.map(o -> value(ind, o, lang)).orElse(t.get("indicator.no-figure")),
                headline.map(o -> o.parsedPeriod().label(lang)).orElse(""),
                headline.map(o -> t.get("territory." + o.territory())).orElse(""),
                headline.map(o -> sourceLink(o.source(), lang)).orElse(null),
                status(a, ind, lang),
                chart(ind, lang),
                rows,
                targets,
                ind.notes().stream().map(n -> n.in(lang)).toList(),
                urls.href(Addresses.indicatorCsv(ind.id())),
                urls.href(Addresses.indicatorJson(ind.id())),
                methodologyHref(lang));
    }

    private ObservationView observation(Indicator ind, Observation o, Language lang, boolean baseline) {
        Messages t = messages.get(lang);
        Source s = data.sources().get(o.source());
        return new ObservationView(o.parsedPeriod().label(lang), value(ind, o, lang), t.get("territory." + o.territory()),
                sourceLink(o.source(), lang), s == null ? "" : s.publisher(), t.get("confidence." + o.confidence()),
                o.note() == null ? "" : o.note().in(lang), baseline);
    }

    public StatusView status(Assessment a, Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        ProgressStatus s = a.status();
        String reason = switch (a.reason()) {
            case NO_TARGETS, ONLY_QUALITATIVE, NO_FIGURE -> t.get("status.reason." + key(a.reason()));
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
        if (o.value() == null) return o.text() == null ? "" : o.text().in(lang);
        return number(ind, o.value(), lang) + (o.outOf() != null ? "/" + o.outOf() : "");
    }

    private String number(Indicator ind, double v, Language lang) {
        Formats f = new Formats(lang);
        Messages t = messages.get(lang);
        String n = f.number(BigDecimal.valueOf(v), 2);
        return switch (ind.unit()) {
            case "percent" -> n + "%";
            case "percent-per-year" -> n + t.get("unit.per-year");
            case "per-100-inhabitants" -> n + t.get("unit.per-100");
            case "mbps" -> n + " Mbps";
            default -> n;
        };
    }

    /** A target as the language writes it: "≥ 80%", "5–10%/năm", "nhóm 15 đứng đầu", or its words. */
    public String target(Indicator ind, Target tg, Language lang) {
        Messages t = messages.get(lang);
        return switch (tg.operator()) {
            case "qualitative" -> tg.text().in(lang);
            case "top" -> t.get("target.top", new Formats(lang).number(BigDecimal.valueOf(tg.value()), 0));
            case "range" -> new Formats(lang).number(BigDecimal.valueOf(tg.value()), 2) + "–" + number(ind, tg.valueMax(), lang);
            case ">=" -> "≥ " + number(ind, tg.value(), lang);
            case "<=" -> "≤ " + number(ind, tg.value(), lang);
            case ">" -> "> " + number(ind, tg.value(), lang);
            case "<" -> "< " + number(ind, tg.value(), lang);
            default -> number(ind, tg.value(), lang);
        };
    }

    private LinkView sourceLink(String id, Language lang) {
        String about = index.ofType(lang, PageType.ABOUT).stream().findFirst().map(Page::path).orElse(lang.urlPrefix());
        return new LinkView(id, urls.href(about) + "#source-" + id, "");
    }

    private LinkView pillarLink(String pillar, Language lang) {
        Messages t = messages.get(lang);
        Optional<Page> page = index.byKey(lang, "pillar-" + pillar);
        String dashboard = index.ofType(lang, PageType.PROGRESS).stream().findFirst().map(p -> urls.href(p.path())).orElse(urls.href(lang.urlPrefix()));
        return page.map(p -> new LinkView(p.title(), urls.href(p.path()), ""))
                .orElseGet(() -> new LinkView(t.get("pillar." + pillar), dashboard + "#" + pillar, ""));
    }

    private ChartView chart(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        StringBuilder desc = new StringBuilder();
        Map<Observation.SeriesKey, List<Observation>> bySeries = new java.util.LinkedHashMap<>();
        for (Observation o : ind.chronological()) if (o.isNumeric()) bySeries.computeIfAbsent(o.seriesKey(), k -> new ArrayList<>()).add(o);
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
                ind.unitLabel().in(lang),
                t.get("chart.merger"),
                o -> t.get("chart.series." + o.territory()),
                v -> number(ind, v, lang),
                tg -> target(ind, tg, lang));
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

    public IndicatorSummary summary(Indicator ind, Language lang) {
        Messages t = messages.get(lang);
        Optional<Observation> latest = ind.latestNumeric().or(ind::latest);
        Optional<Target> next = ind.targets().stream().sorted(java.util.Comparator.comparingInt(Target::year))
                .filter(tg -> tg.year() >= 2025).findFirst().or(() -> ind.targets().stream().findFirst());
        return new IndicatorSummary(ind.id(), ind.name().in(lang), urls.href(indicatorPath(index, lang, ind)),
                latest.map(o -> value(ind, o, lang)).orElse(t.get("indicator.no-figure")),
                latest.map(o -> o.parsedPeriod().label(lang)).orElse(""),
                next.map(tg -> target(ind, tg, lang) + " (" + tg.year() + ")").orElse(t.get("indicator.no-target")),
                status(assessments.get(ind.id()), ind, lang), ind.isNational());
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
                dashboard);
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
                urls.href("data/indicators.csv"), urls.href("data/indicators.json"), methodologyHref(lang));
    }

    private String methodologyHref(Language lang) {
        return index.byKey(lang, "methodology").map(p -> urls.href(p.path())).orElse("");
    }
}
