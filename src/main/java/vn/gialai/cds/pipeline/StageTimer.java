package vn.gialai.cds.pipeline;

/** The build's own stage report ("stages: load 310 ms, compute 90 ms, …"), printed with every build. */
final class StageTimer {
    private final StringBuilder report = new StringBuilder("stages:");
    private long lap = System.nanoTime();

    void mark(String stage) {
        long now = System.nanoTime();
        report.append(' ').append(stage).append(' ').append((now - lap) / 1_000_000).append(" ms,");
        lap = now;
    }

    String report() { return report.substring(0, report.length() - 1); }
}
