package vn.gialai.cds.content;

import vn.gialai.cds.config.SiteConfig;
import vn.gialai.cds.data.DataLoader;
import vn.gialai.cds.data.SiteData;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.indicators.IndicatorLoader;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The content stage run on a project as the build runs it, for the tests of what it keeps between builds. */
final class Loads {
    /** Long enough ago for a file's identity to stand for its bytes (files/FileIdentity#settled). */
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    /** What one load gave: the pages, and the problems in the order they were found. */
    record Loaded(List<Page> pages, List<Problem> problems) {}

    /** One load on this many threads, with a memory of the last load (null: none) and a Markdown cache. */
    static Loaded load(Path project, int threads, SourceMemo memo, ContentCache cache) {
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(project, null);
        SiteData data = DataLoader.load(project, problems);
        List<Indicator> indicators = IndicatorLoader.load(project, data, problems);
        Map<String, String> slugs = new HashMap<>();
        indicators.forEach(i -> slugs.put(i.id(), i.slugVi()));
        List<Page> pages = new ContentLoader(config, data, slugs, p -> p.isPublic(Projects.FIXTURE_NOW))
                .withThreads(threads).withMemo(memo).load(problems, cache);
        return new Loaded(pages, problems.found());
    }

    /** The same problems in the same order, then the same pages (problems first: their difference is the one to read). */
    static void assertSameLoad(Loaded expected, Loaded actual, String what) {
        assertEquals(expected.problems(), actual.problems(), what);
        assertEquals(expected.pages(), actual.pages(), what);
    }

    /** Every content file of the project dated {@link #LONG_AGO}, as files saved before the preview started. */
    static void savedLongAgo(Path project) throws Exception {
        try (Stream<Path> s = Files.walk(project.resolve("content"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, FileTime.from(LONG_AGO));
        }
    }

    private Loads() {}
}
