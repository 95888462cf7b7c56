package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two builds of the fixture are byte for byte the same, whatever the machine's time zone and language. */
class ReproducibleBuildTest {
    @Test
    void sameInputSameBytesInAnyTimeZoneAndLocale() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        String cache = System.getProperty("site.cache");
        try {
            Path a = build("Pacific/Kiritimati", Locale.forLanguageTag("ar-EG"), "a");
            Path b = build("America/Los_Angeles", Locale.forLanguageTag("de-DE"), "b");
            Map<String, String> fa = Runs.fingerprint(a), fb = Runs.fingerprint(b);
            // every kind of file whose bytes could depend on the machine: pages, share cards, resized photos, feeds, data, search
            for (String file : List.of("index.html", "en/news/sample-digital-infrastructure/index.html", "card.png",
                    "tin-tuc/bai-mau-ha-tang-so/card.png", "assets/images/anh-mau-ha-tang-800.jpg", "tin-tuc/feed.xml", "sitemap.xml",
                    "data/indicators.csv", "data/mau-ty-le-truc-tuyen.json", "tim-kiem/index.json", "_headers")) {
                assertTrue(fa.containsKey(file), file + " is built: " + fa.keySet());
            }
            assertEquals(fa.keySet(), fb.keySet());
            for (String file : fa.keySet()) assertEquals(fa.get(file), fb.get(file), file + " differs between the two builds");
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            if (cache == null) System.clearProperty("site.cache"); else System.setProperty("site.cache", cache);
        }
    }

    private static Path build(String zone, Locale locale, String name) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Locale.setDefault(locale);
        Path dir = Temp.dir("repro-" + name + "-");
        // nothing reused: every card and photo drawn anew. Only the list of pages the HTML checker already accepted is
        // carried over, since it changes no output byte and checking every page twice more would double this test.
        Path shared = Path.of(System.getProperty("site.cache", "target/test-cache")).resolve("html-cache/valid.txt");
        if (Files.isRegularFile(shared)) Projects.copyTree(shared, dir.resolve("cache/html-cache/valid.txt"));
        System.setProperty("site.cache", dir.resolve("cache").toString());
        Path out = dir.resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(Projects.fixture()).withOut(out).withNow(Projects.FIXTURE_NOW));
        return out;
    }
}
