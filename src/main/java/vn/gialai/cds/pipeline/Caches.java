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

    /**
     * The memo of a project's Markdown files (content/SourceMemo): one file per project folder, since the tests share
     * one cache folder between many projects whose files have the same names.
     */
    static Path sourceMemo(Path out, Path project) {
        String name = vn.gialai.cds.files.Hashes.of(project.toAbsolutePath().normalize().toString()).substring(0, 16);
        return dir(out, "source-memo").resolve(name + ".txt");
    }

    private Caches() {}
}
