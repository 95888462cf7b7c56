package vn.gialai.cds.views;

import vn.gialai.cds.content.Page;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.data.Source;
import vn.gialai.cds.i18n.Formats;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.Observation;
import vn.gialai.cds.indicators.Target;
import vn.gialai.cds.vocabulary.Confidence;
import vn.gialai.cds.vocabulary.Language;
import vn.gialai.cds.vocabulary.PageType;
import vn.gialai.cds.views.Figure.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a figure is made for showing: an observation or a target of an indicator becomes a {@link Figure}
 * with its value written the language's way (i18n/Formats), its period, territory, source and confidence, and the
 * figures of other sources that disagree with it. Cards, headlines, tables, targets, share cards and search results
 * all take their figures from here.
 */
public final class Figures {
    /** Units whose sign the value already carries ("72,5%", "45 Mbps"): no unit label after them. */
    private static final Set<String> SELF_DESCRIBING = Set.of("percent", "percent-per-year", "per-100-inhabitants", "mbps");

    private final SiteIndex index;
    private final SiteData data;
    private final Map<Language, Messages> messages;
    private final Urls urls;

    public Figures(SiteIndex index, SiteData data, Map<Language, Messages> messages, Urls urls) {
        this.index = index;
        this.data = data;
        this.messages = messages;
        this.urls = urls;
    }

    /** A published figure, with the other sources' figures for the same period and territory when they differ. */
    public Figure observation(Indicator ind, Observation o, Language lang) {
        List<Figure> conflicts = new ArrayList<>();
        for (Observation other : ind.observations()) {
            if (other != o && conflicts(o, other)) conflicts.add(observationAlone(ind, other, lang, List.of()));
        }
        return observationAlone(ind, o, lang, conflicts);
    }

    /**
     * Two figures conflict when they describe the same period and territory (and, for a rank, out of the same
     * number of places), come from different sources and give different values.
     */
    public static boolean conflicts(Observation a, Observation b) {
        if (!a.period().equals(b.period()) || !a.seriesKey().equals(b.seriesKey())) return false;
        if (a.source().equals(b.source())) return false;
        if (a.value() != null || b.value() != null) return !Objects.equals(a.value(), b.value());
        return !Objects.equals(a.text(), b.text());
    }

    private Figure observationAlone(Indicator ind, Observation o, Language lang, List<Figure> conflicts) {
        Messages t = messages.get(lang);
        // a rank written "10/34" carries its unit; words carry theirs
        return new Figure("observation", value(ind, o, lang), o.isNumeric() && o.outOf() == null ? unit(ind, lang) : "",
                o.period(), o.parsedPeriod().label(lang), o.territory(), t.get("territory." + o.territory()),
                List.of(source(o.source(), lang)), o.confidence(), t.get("confidence." + o.confidence()),
                mark(o.confidence()), o.note() == null ? "" : o.note().in(lang), List.copyOf(conflicts));
    }

    /** A target: its goal ("≥ 80%"), its year as the period, the territory it was set for, its sources. */
    public Figure target(Indicator ind, Target tg, Language lang) {
        Messages t = messages.get(lang);
        return new Figure("target", goal(ind, tg, lang), tg.isNumeric() ? unit(ind, lang) : "",
                String.valueOf(tg.year()), String.valueOf(tg.year()), tg.territory(), t.get("territory." + tg.territory()),
                tg.sources().stream().map(id -> source(id, lang)).toList(), tg.confidence(),
                t.get("confidence." + tg.confidence()), mark(tg.confidence()), tg.note() == null ? "" : tg.note().in(lang),
                List.of());
    }

    /**
     * A figure in one line of plain text, for the share card and the search results:
     * "72,5% · tháng 10/2025 · Tỉnh Gia Lai (từ ngày 1/7/2025) · Nguồn: Cơ quan mẫu · Độ tin cậy: suy luận".
     */
    public String text(Figure f, Language lang) {
        Messages t = messages.get(lang);
        StringBuilder sb = new StringBuilder(f.value());
        if (!f.unit().isEmpty()) sb.append(' ').append(f.unit());
        sb.append(" · ").append(f.period()).append(" · ").append(f.territory());
        sb.append(" · ").append(t.get("figure.source")).append(' ').append(f.sourceShortNames());
        sb.append(" · ").append(t.get("figure.confidence")).append(' ').append(f.confidence());
        for (Figure c : f.conflicts()) {
            sb.append(" · ").append(t.get("figure.conflict")).append(' ').append(c.value());
            if (!c.unit().isEmpty()) sb.append(' ').append(c.unit());
            sb.append(" (").append(c.sourceShortNames()).append(')');
        }
        return sb.toString();
    }

    /** Where a source is described: its entry in the about page's list of sources. */
    public SourceRef source(String id, Language lang) {
        String about = index.ofType(lang, PageType.ABOUT).stream().findFirst().map(Page::path).orElse(lang.urlPrefix());
        Source s = data.sources().get(id);
        return new SourceRef(id, s == null ? id : s.shortName(lang), s == null ? id : s.fullName(lang), urls.href(about) + "#source-" + id);
    }

    private static String mark(String confidence) {
        return Confidence.fromId(confidence).map(Confidence::mark).orElse("");
    }

    private String unit(Indicator ind, Language lang) {
        return SELF_DESCRIBING.contains(ind.unit()) ? "" : ind.unitLabel().in(lang);
    }

    /** A figure's value as the language writes it, with its unit sign: "51,4%", "19/63", "8.828", "45 Mbps". */
    public String value(Indicator ind, Observation o, Language lang) {
        if (o.value() == null) return o.text() == null ? "" : o.text().in(lang);
        return number(ind, o.value(), lang) + (o.outOf() != null ? "/" + o.outOf() : "");
    }

    /** A number of an indicator with its unit sign, for axis labels and sentences. */
    public String number(Indicator ind, double v, Language lang) {
        Formats f = new Formats(lang);
        Messages t = messages.get(lang);
        String n = f.number(BigDecimal.valueOf(v), 2);
        return switch (ind.unit()) {
            case "percent" -> n + "%";
            case "percent-per-year" -> n + t.get("unit.per-year");
            case "per-100-inhabitants" -> n + " " + t.get("unit.per-100").strip(); // a bundle trims its leading space
            case "mbps" -> n + " Mbps";
            default -> n;
        };
    }

    /** A target's goal as the language writes it: "≥ 80%", "5–10%/năm", "nhóm 15 đứng đầu", or its words. */
    public String goal(Indicator ind, Target tg, Language lang) {
        Messages t = messages.get(lang);
        Formats f = new Formats(lang);
        return switch (tg.operator()) {
            case "qualitative" -> tg.text().in(lang);
            case "top" -> t.get("target.top", f.number(BigDecimal.valueOf(tg.value()), 0));
            case "range" -> f.number(BigDecimal.valueOf(tg.value()), 2) + "–" + number(ind, tg.valueMax(), lang);
            case ">=" -> "≥ " + number(ind, tg.value(), lang);
            case "<=" -> "≤ " + number(ind, tg.value(), lang);
            case ">" -> "> " + number(ind, tg.value(), lang);
            case "<" -> "< " + number(ind, tg.value(), lang);
            default -> number(ind, tg.value(), lang);
        };
    }

    /** The figure a card or headline shows: the latest numeric one, or the latest in words. */
    public static Optional<Observation> shown(Indicator ind) {
        return ind.latestNumeric().or(ind::latest);
    }
}
