package vn.gialai.cds.outputs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One kind of file the build writes beside the rendered pages (feeds, the search indexes, the data downloads, the
 * sitemap), as JBake's RenderingTools are: made with what it needs, then asked to write into the staging folder.
 */
public interface SiteOutput {
    /** What it writes, for the build's stage report. */
    String name();

    void write(Path staging) throws IOException;

    /** Writes nothing: in place of an output whose files the build keeps from the last site. */
    SiteOutput NONE = new SiteOutput() {
        @Override
        public String name() { return "nothing"; }

        @Override
        public void write(Path staging) {}
    };
}
