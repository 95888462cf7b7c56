package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one test that reads the real content: the project as editors leave it builds with every gate of the build on
 * (content, data, links, languages, HTML checker), as `./site build` runs it today. It asserts nothing about what the
 * content says, so an editor's ordinary edit fails it only when the build itself refuses the content. Everything
 * else is tested on the fixture site (src/test/resources/fixture-site).
 */
class RealContentSmokeTest {
    @Test
    void theRealProjectBuildsAndHasAHomePageInBothLanguages() throws Exception {
        Path out = Temp.dir("real-site-").resolve("site");
        Runs.Run run = Runs.build(new BuildOptions(Projects.real(), out, null));
        assertEquals(0, run.exitCode(), () -> "the real content does not build:\n" + run.err());
        for (String home : new String[]{"index.html", "en/index.html"}) {
            Path page = out.resolve(home);
            assertTrue(Files.isRegularFile(page), "the real site has no " + home);
            assertTrue(Files.readString(page).contains("<html lang=\"" + (home.startsWith("en/") ? "en" : "vi") + "\""),
                    home + " is in its language");
        }
    }
}
