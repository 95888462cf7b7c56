package vn.gialai.cds.pipeline;

import java.nio.file.Path;

/**
 * Where resized photos, drawn cards and the HTML checker's verdicts are kept between builds: beside the output
 * ("target/.card-cache"), or under the folder the system property site.cache names (the tests share one).
 */
final class Caches {
    static Path dir(Path out, String name) {
        String shared = System.getProperty("site.cache");
        return shared != null ? Path.of(shared).resolve(name) : out.resolveSibling("." + name);
    }

    private Caches() {}
}
