package vn.gialai.cds.content;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.content.Loads.Loaded;
import vn.gialai.cds.problems.Problem;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gialai.cds.content.Loads.assertSameLoad;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load stage on the fixture site: the bodies kept between builds give the same pages as rendering them, never hide
 * a problem (a link to a page deleted since still fails, naming the file and line), a damaged or foreign cache file is
 * ignored, and loading on several threads gives the pages and problems in the same order as on one.
 */
class ContentCacheTest {
    private static Loaded load(Path project, int threads, ContentCache cache) {
        return Loads.load(project, threads, null, cache);
    }

    @Test
    void keptBodiesGiveTheSamePagesAsRenderingThem() throws Exception {
        Path project = Projects.fixture();
        Path file = Temp.dir("content-cache-").resolve("content.txt");
        Loaded plain = load(project, 2, ContentCache.none());
        assertTrue(plain.problems().isEmpty(), plain.problems().toString());

        ContentCache cold = ContentCache.read(file);
        Loaded first = load(project, 2, cold);
        assertEquals(0, cold.hits());
        assertTrue(cold.worthWriting(), "a first build writes its cache");
        cold.write(file);

        ContentCache warm = ContentCache.read(file);
        Loaded second = load(project, 2, warm);
        assertEquals(plain.pages().size(), warm.hits(), "every body taken from the cache");
        assertEquals(0, warm.misses());
        assertFalse(warm.worthWriting(), "nothing to write when nothing changed");

        assertSameLoad(plain, first, "cold cache");
        assertSameLoad(plain, second, "warm cache");
    }

    @Test
    void linkToPageDeletedSinceStillFailsWithTheCacheWarm() throws Exception {
        Path project = Projects.fixtureCopy();
        Path file = Temp.dir("content-cache-").resolve("content.txt");
        ContentCache cold = ContentCache.read(file);
        load(project, 2, cold);
        cold.write(file);

        // the tourism sector page goes; a news article links to it on line 13
        Files.delete(project.resolve("content/vi/linh-vuc/du-lich.md"));
        Loaded without = load(project, 2, ContentCache.none());
        Problem expected = new Problem("content/vi/tin-tuc/bai-mau-khach-tham-quan.md", 13,
                vn.gialai.cds.problems.Msg.of("markdown.no-page", "/linh-vuc/du-lich/"));
        assertEquals(List.of(expected), without.problems());

        ContentCache warm = ContentCache.read(file);
        Loaded with = load(project, 2, warm);
        assertSameLoad(without, with, "warm cache, page deleted since");
        assertTrue(warm.hits() > 0, "the other bodies still come from the cache");
        warm.write(file);

        // a body whose render found a problem is not kept: the next build finds it again
        ContentCache again = ContentCache.read(file);
        assertSameLoad(without, load(project, 2, again), "the build after");

        // and a link to an asset deleted since, the same
        Files.writeString(project.resolve("content/en/news/sample-visitor-services.md"),
                Files.readString(project.resolve("content/en/news/sample-visitor-services.md"), StandardCharsets.UTF_8)
                        + "\nSee [the plan](/assets/documents/hload-plan.pdf).\n", StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("assets/documents"));
        Files.writeString(project.resolve("assets/documents/hload-plan.pdf"), "%PDF-1.4\n", StandardCharsets.UTF_8);
        ContentCache withAsset = ContentCache.read(file);
        load(project, 2, withAsset);
        withAsset.write(file);
        Files.delete(project.resolve("assets/documents/hload-plan.pdf"));
        Loaded assetGone = load(project, 2, ContentCache.read(file));
        assertSameLoad(load(project, 2, ContentCache.none()), assetGone, "warm cache, asset deleted since");
        assertTrue(assetGone.problems().stream().anyMatch(p -> p.file().equals("content/en/news/sample-visitor-services.md")
                && p.text().key().equals("markdown.missing-file")), assetGone.problems().toString());
    }

    @Test
    void damagedOrForeignCacheFileIsIgnored() throws Exception {
        Path project = Projects.fixture();
        Path file = Temp.dir("content-cache-").resolve("content.txt");
        Loaded plain = load(project, 2, ContentCache.none());
        ContentCache cold = ContentCache.read(file);
        load(project, 2, cold);
        cold.write(file);
        byte[] whole = Files.readAllBytes(file);
        // byte for byte (the bodies are stored as UTF-8 among lengths written as numbers)
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int nl = text.indexOf('\n');
        String head = text.substring(0, nl);
        String rest = text.substring(nl + 1);
        assertTrue(rest.contains("<p>"), "the file holds the bodies' HTML");

        // whole: used
        ContentCache used = ContentCache.read(file);
        assertSameLoad(plain, load(project, 2, used), "whole cache file");
        assertEquals(plain.pages().size(), used.hits());

        // half-written
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertIgnored(project, file, plain);
        // a body edited in the file, its length kept: its checksum no longer matches, and the edit is never shown
        Files.writeString(file, head + "\n" + rest.replace("<p>", "<q>"), StandardCharsets.ISO_8859_1);
        assertIgnored(project, file, plain);
        // another format, or written by other code (another fingerprint), with a checksum that matches
        Files.writeString(file, head.replace(ContentCache.FORMAT, "content-cache 0") + "\n" + rest, StandardCharsets.ISO_8859_1);
        assertIgnored(project, file, plain);
        Files.writeString(file, head.replace(ContentCache.CODE, "0".repeat(ContentCache.CODE.length())) + "\n" + rest,
                StandardCharsets.ISO_8859_1);
        assertIgnored(project, file, plain);
        // not a cache at all
        Files.writeString(file, "{}", StandardCharsets.UTF_8);
        assertIgnored(project, file, plain);
    }

    private static void assertIgnored(Path project, Path file, Loaded plain) {
        ContentCache c = ContentCache.read(file);
        assertSameLoad(plain, load(project, 2, c), "damaged cache file");
        assertEquals(0, c.hits());
    }

    @Test
    void loadingOnSeveralThreadsGivesTheSamePagesAndProblemsInTheSameOrder() throws Exception {
        Path project = Projects.fixtureCopy();
        // problems in many files of both languages, of every stage of the load: header, address, body, uniqueness
        int n = 0;
        for (String lang : List.of("vi", "en")) {
            try (var s = Files.walk(project.resolve("content").resolve(lang))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String t = Files.readString(f, StandardCharsets.UTF_8);
                    switch (n++ % 4) {
                        case 0 -> t = t + "\nA [broken link](/no-such-page-" + n + "/) and [a relative one](x.html).\n";
                        case 1 -> t = "colour=blue\n" + t;
                        case 2 -> t = t + "\n<script>alert(1)</script>\n";
                        default -> { }
                    }
                    Files.writeString(f, t, StandardCharsets.UTF_8);
                }
            }
        }
        Files.writeString(project.resolve("content/vi/ghi-chu.txt"), "not Markdown", StandardCharsets.UTF_8);
        Files.copy(project.resolve("content/en/about.md"), project.resolve("content/en/about-copy.md"));

        Loaded serial = load(project, 1, ContentCache.none());
        assertTrue(serial.problems().size() > 30, serial.problems().size() + " problems");
        for (int threads : new int[]{2, 3, 8}) {
            Loaded parallel = load(project, threads, ContentCache.none());
            assertSameLoad(serial, parallel, threads + " threads");
        }
    }
}
