package vn.gialai.cds.bench;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the benchmark computes besides timing: our build's JVM options, its heap, the equal-work clean-up, ratios. */
class BenchmarkTest {
    @Test
    void ourBuildRunsWithTheJvmOptionsOfTheSiteScript() throws Exception {
        List<String> options = Benchmark.siteJvmOptions(Files.readString(Projects.real().resolve("site")));
        assertTrue(options.contains("-Djava.awt.headless=true"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
        assertFalse(options.contains("-cp"), options.toString());
        List<String> build = Benchmark.build(options, "CP", Path.of("/p"), Path.of("/t"));
        int java = build.indexOf("java");
        assertEquals(options, build.subList(java + 1, java + 1 + options.size()));
        assertTrue(build.contains("MALLOC_ARENA_MAX=2"), "as ./site runs it: " + build);
        assertThrows(IllegalStateException.class, () -> Benchmark.siteJvmOptions("#!/bin/sh\nexec mvn exec:java\n"));
    }

    @Test
    void heapSizesAreReadAndDoubled() {
        assertEquals(512, Benchmark.heapMb("512m"));
        assertEquals(2048, Benchmark.heapMb("2G"));
        assertEquals(1, Benchmark.heapMb("1048576"));
        assertEquals(List.of("-Dx=1", "-Xmx1g", "-XX:+UseSerialGC"), Benchmark.raiseHeap(List.of("-Dx=1", "-Xmx512m", "-XX:+UseSerialGC")));
        assertEquals("1536m", Benchmark.xmx(Benchmark.raiseHeap(List.of("-Xmx768m"))));
    }

    @Test
    void equalWorkKeepsOnlyTheCardsAndHtmlVerdicts() throws Exception {
        Path dir = Temp.dir("bench-clear-");
        for (String f : List.of("cache/card-cache/a.png", "cache/html-cache/valid.txt", "cache/facts-cache/facts.txt",
                "cache/image-cache/x.jpg", "site/index.html", ".site-old/index.html", "cache/card-cache-old/b.png")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), f);
        }
        Benchmark.clearAllBut(dir, Benchmark.EQUAL_WORK_KEEPS);
        try (var s = Files.walk(dir)) {
            assertEquals(List.of("cache", "cache/card-cache", "cache/card-cache/a.png", "cache/html-cache", "cache/html-cache/valid.txt"),
                    s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList());
        }
        Benchmark.clearAllBut(dir, List.of());
        try (var s = Files.list(dir)) { assertEquals(0, s.count()); }
    }

    @Test
    void ratiosAreWallTimesDivided() {
        assertEquals("7.3×", Benchmark.ratio(new Benchmark.Run(30.66, 0, 0, ""), new Benchmark.Run(4.2, 0, 0, "")));
    }
}
