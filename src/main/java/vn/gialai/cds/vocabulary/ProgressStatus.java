package vn.gialai.cds.vocabulary;

/**
 * Where an indicator stands. The id is the name used everywhere: data field, message key
 * (status.&lt;id&gt;), CSS class (progress-status--&lt;id&gt;), test names.
 */
public enum ProgressStatus implements Term {
    ACHIEVED("achieved", "✓"),
    ON_TRACK("on-track", "↗"),
    NEEDS_ATTENTION("needs-attention", "!"),
    OFF_TRACK("off-track", "✗"),
    NOT_ENOUGH_DATA("not-enough-data", "?"),
    QUALITATIVE("qualitative", "≈"),
    NO_TARGET("no-target", "–");

    private final String id;
    private final String icon;

    ProgressStatus(String id, String icon) {
        this.id = id;
        this.icon = icon;
    }

    @Override
    public String id() { return id; }
    /** A text symbol shown beside the status name, so status is never told by colour alone. */
    public String icon() { return icon; }
}
