package vn.gialai.cds.vocabulary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a figure or a target is about: the `territory` of every observation and target in data/indicators/. On 1 July
 * 2025 Gia Lai and Bình Định became one province, so the province before and after that day are two territories whose
 * figures are never joined. Message keys territory.&lt;id&gt;, chart.series.&lt;id&gt;.
 */
public enum Territory implements Term {
    PROVINCE_BEFORE_MERGER("province-before-merger"),
    PROVINCE_AFTER_MERGER("province-after-merger"),
    NATIONAL("national");

    /** The day the new province began. */
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    private final String id;

    Territory(String id) { this.id = id; }

    @Override
    public String id() { return id; }

    public Level level() { return this == NATIONAL ? Level.NATIONAL : Level.PROVINCE; }

    public static Optional<Territory> fromId(String id) { return Term.byId(Territory.class, id); }
}
