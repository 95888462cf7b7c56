package vn.gialai.cds.bench;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's articles are the ones issue 17 measures, the same for the same N, and stock JBake and Hugo get them whole. */
class SyntheticSiteTest {
    @Test
    void theSameSizeGivesTheSameArticles() {
        List<SyntheticSite.Meta> a = SyntheticSite.metas(200), b = SyntheticSite.metas(200);
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(SyntheticSite.article(a.get(i), "vi"), SyntheticSite.article(b.get(i), "vi"));
            assertEquals(SyntheticSite.article(a.get(i), "en"), SyntheticSite.article(b.get(i), "en"));
        }
        assertNotEquals(SyntheticSite.metas(201).subList(0, 200), a);
    }

    @Test
    void everyArticleHasThreeTagsOfTwelveOneOrTwoPillarsAndUpToTwoSectors() {
        Set<Integer> pillarCounts = new HashSet<>(), sectorCounts = new HashSet<>(), tagsSeen = new HashSet<>();
        for (SyntheticSite.Meta m : SyntheticSite.metas(300)) {
            assertEquals(3, Set.copyOf(m.tags()).size(), m.toString());
            assertTrue(m.tags().stream().allMatch(t -> t >= 1 && t <= 12), m.toString());
            assertTrue(m.pillars().size() >= 1 && m.pillars().size() <= 2, m.toString());
            assertTrue(m.sectors().size() <= 2, m.toString());
            assertTrue(SyntheticSite.PILLARS.containsAll(m.pillars()) && SyntheticSite.SECTORS.containsAll(m.sectors()), m.toString());
            pillarCounts.add(m.pillars().size());
            sectorCounts.add(m.sectors().size());
            tagsSeen.addAll(m.tags());
        }
        assertEquals(Set.of(1, 2), pillarCounts);
        assertEquals(Set.of(0, 1, 2), sectorCounts);
        assertEquals(12, tagsSeen.size());
    }

    @Test
    void anArticleHasThreeSectionsOfProseAListsAndATable() {
        SyntheticSite.Meta m = new SyntheticSite.Meta(7, java.time.LocalDate.of(2024, 3, 1), List.of(2, 5, 11),
                List.of("digital-economy", "digital-society"), List.of("health"), 42L);
        String vi = SyntheticSite.article(m, "vi"), en = SyntheticSite.article(m, "en");
        assertTrue(vi.contains("\ntags=chủ đề 2,chủ đề 5,chủ đề 11\n") && en.contains("\ntags=topic 2,topic 5,topic 11\n"), vi);
        for (String a : List.of(vi, en)) {
            assertTrue(a.contains("\npillars=digital-economy,digital-society\nsectors=health\n"), a);
            assertTrue(a.contains("\ntranslationKey=synthetic-7\n") && a.contains("\ndate=2024-03-01\n"), a);
            String body = a.substring(a.indexOf("~~~~~~\n"));
            assertEquals(3, body.lines().filter(l -> l.startsWith("## ")).count(), a);
            assertEquals(4, body.lines().filter(l -> l.startsWith("- ")).count(), a);
            assertEquals(3, body.lines().filter(l -> l.matches("\\d\\. .*")).count(), a);
            assertEquals(1, body.lines().filter(l -> l.equals("|---|---|---|")).count(), a);
            assertEquals(6, body.lines().filter(l -> l.startsWith("|")).count(), a);
        }
    }

    @Test
    void stockJBakeAndHugoGetEveryArticleWithItsTaxonomies() throws Exception {
        Path ours = Temp.dir("bench-synthetic-");
        Files.createDirectories(ours.resolve("content/vi/tin-tuc"));
        Files.createDirectories(ours.resolve("content/en/news"));
        List<SyntheticSite.Meta> metas = SyntheticSite.metas(3);
        for (SyntheticSite.Meta m : metas) {
            Files.writeString(ours.resolve("content/vi/tin-tuc/tin-tong-hop-" + m.i() + ".md"), SyntheticSite.article(m, "vi"), StandardCharsets.UTF_8);
            Files.writeString(ours.resolve("content/en/news/synthetic-news-" + m.i() + ".md"), SyntheticSite.article(m, "en"), StandardCharsets.UTF_8);
        }
        Files.writeString(ours.resolve("content/vi/tin-tuc/other.md"), "title=Not synthetic\n~~~~~~\nx\n");
        SyntheticSite.Meta m = metas.get(0);
        String ourBody = SyntheticSite.article(m, "en").split("~~~~~~\n", 2)[1];

        Path jbake = Comparisons.stockJBake(ours), hugo = Comparisons.hugo(ours);
        try {
            checkComparisons(m, ourBody, jbake, hugo);
        } finally {
            Benchmark.deleteTree(jbake);
            Benchmark.deleteTree(hugo);
        }
    }

    private static void checkComparisons(SyntheticSite.Meta m, String ourBody, Path jbake, Path hugo) throws Exception {
        assertTrue(Files.readString(jbake.resolve("jbake.properties")).contains("markdown.extensions=TABLES"));
        String stock = Files.readString(jbake.resolve("content/synthetic-news-0.md"));
        List<String> all = new java.util.ArrayList<>(m.tags().stream().map(t -> "topic " + t).toList());
        all.addAll(m.pillars());
        all.addAll(m.sectors());
        assertTrue(stock.contains("\ntags=" + String.join(",", all) + "\n"), stock);
        assertTrue(stock.endsWith(ourBody), stock);
        try (var s = Files.list(jbake.resolve("content"))) { assertEquals(6, s.count()); }

        String front = Files.readString(hugo.resolve("content/posts/synthetic-news-0.md"));
        assertTrue(front.contains("\ntags: " + Comparisons.yamlList(m.tags().stream().map(t -> "topic " + t).toList()) + "\n"), front);
        assertTrue(front.contains("\npillars: " + Comparisons.yamlList(m.pillars()) + "\n"), front);
        assertTrue(front.contains("\nsectors: " + Comparisons.yamlList(m.sectors()) + "\n"), front);
        assertTrue(front.endsWith(ourBody), front);
        String config = Files.readString(hugo.resolve("config.toml"));
        assertTrue(config.contains("pillar = 'pillars'\nsector = 'sectors'"), config);
        assertTrue(config.contains("rssLimit = 20\n"), config);
        try (var s = Files.list(hugo.resolve("content/posts"))) { assertEquals(6, s.count()); }
    }
}
