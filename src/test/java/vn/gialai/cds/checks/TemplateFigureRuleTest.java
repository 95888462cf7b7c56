package vn.gialai.cds.checks;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.problems.Problems;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that a figure is printed only by templates/components/figure/: what it refuses and what it lets through. */
class TemplateFigureRuleTest {

    @Test
    void theProjectsTemplatesFollowIt() throws Exception {
        Problems problems = new Problems();
        TemplateFigureRule.run(Path.of("templates"), "templates", problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void readingAFiguresPartsOutsideTheComponentIsRefusedWithItsLine() {
        List<String> found = TemplateFigureRule.check("<p>\n${i.figure.value}</p>");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("2: reads 'figure.value' outside the figure component"), found.get(0));
        assertEquals(1, TemplateFigureRule.check("<#assign v = view.headlineFigure.period>").size());
    }

    @Test
    void aNumberFormattedOrARawValuePrintedIntoTheTextIsRefused() {
        assertTrue(TemplateFigureRule.check("<td>${o.amount?string(\"0.0\")}</td>").get(0).startsWith("1: prints a number with '?string'"));
        assertTrue(TemplateFigureRule.check("<li><#if x>${n?c}</#if></li>").get(0).contains("'?c'"));
        assertTrue(TemplateFigureRule.check("<td>${o.value}</td>").get(0).startsWith("1: prints a raw value (${o.value})"));
        assertEquals(1, TemplateFigureRule.check("<td>#{o.amount}</td>").size());
    }

    @Test
    void whatIsNotAFigureIsLeftAlone() {
        assertEquals(List.of(), TemplateFigureRule.check("<img width=\"${image.width?c}\" height=\"${image.height?c}\" alt=\"\">"),
                "a number in an attribute");
        assertEquals(List.of(), TemplateFigureRule.check("<p>${t(\"figure.source\")}</p>"), "a message key");
        assertEquals(List.of(), TemplateFigureRule.check("<#import \"/components/figure/figure.ftl\" as f><@f.figure figure=i.figure/>"),
                "passing the figure whole to the component");
        assertEquals(List.of(), TemplateFigureRule.check("<#if i.figure?has_content>${tg.figure.note}</#if>"), "its note");
        assertEquals(List.of(), TemplateFigureRule.check("<#-- ${o.value?c} in a comment -->"), "a comment");
    }
}
