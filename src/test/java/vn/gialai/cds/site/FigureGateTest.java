package vn.gialai.cds.site;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Edits;
import vn.gialai.cds.support.Projects;
import vn.gialai.cds.support.Runs;
import vn.gialai.cds.support.Temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build refuses a template that prints a figure other than through templates/components/figure/: one line naming
 * the template and its line, exit 1, nothing built (checks/TemplateFigureRule).
 */
class FigureGateTest {

    @Test
    void aTemplatePrintingARawFigureStopsTheBuild() throws Exception {
        Path project = Projects.fixtureCopy();
        String template = "templates/components/indicator-list/indicator-list.ftl";
        List<String> lines = Files.readAllLines(project.resolve(template));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("<@ps.progressStatus")) line = i + 1;
        Edits.replace(project, template, "<@ps.progressStatus status=i.status/>",
                "<p>${i.figure.value}</p><@ps.progressStatus status=i.status/>");
        Path out = Temp.dir("out-").resolve("site");
        Runs.Run run = Runs.build(project, out);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(template + ":" + line + ": reads 'figure.value' outside the figure component. Pass the figure whole to"),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing was built");
    }
}
