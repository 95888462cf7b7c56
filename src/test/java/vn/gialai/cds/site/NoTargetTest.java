package vn.gialai.cds.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.pipeline.BuildOptions;
import vn.gialai.cds.support.Interface;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An indicator for which no document sets a target says so once, in its status: the lists show no "Target:" line that
 * repeats the badge, and the indicator page no reasoning line that repeats the sentence under it.
 */
class NoTargetTest {
    @Test
    void anIndicatorWithoutTargetSaysSoOnce() throws Exception {
        Path project = Projects.fixtureCopy();
        Path file = project.resolve("data/indicators/mau-ty-le-truc-tuyen.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode indicator = (ObjectNode) json.readTree(file.toFile());
        indicator.putArray("targets");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), indicator);
        Path out = Temp.dir("no-target-").resolve("site");
        Runs.buildOrFail(BuildOptions.defaults(project).withOut(out).withNow(Projects.FIXTURE_NOW));

        for (String[] list : new String[][]{{"tien-do/index.html", "vi"}, {"en/progress/index.html", "en"}}) {
            Document d = Jsoup.parse(out.resolve(list[0]).toFile(), "UTF-8");
            Element item = d.select(".indicator-list__item").stream()
                    .filter(li -> li.selectFirst("a[href*=mau-ty-le-truc-tuyen]") != null).findFirst().orElseThrow();
            assertNotNull(item.selectFirst(".progress-status--no-target"), list[0]);
            assertFalse(item.selectFirst(".indicator-list__figures").text().contains(Interface.text(list[1], "indicator-list.target")),
                    list[0] + ": no target line beside the status that says it: " + item.text());
        }
        Document page = Jsoup.parse(out.resolve("tien-do/mau-ty-le-truc-tuyen/index.html").toFile(), "UTF-8");
        assertEquals(Interface.text("vi", "status.why.no-targets"), page.selectFirst(".progress-status__why").text());
        assertNull(page.selectFirst(".progress-status__reason"), "no reasoning line repeating it");
    }
}
