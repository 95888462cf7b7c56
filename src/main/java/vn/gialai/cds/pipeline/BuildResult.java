package vn.gialai.cds.pipeline;

import java.util.List;

/** What a successful build did, for the report printed at its end; state is what the preview's quick path reuses. */
public record BuildResult(int pages, List<String> notes, long millis, BuildState state) {}
