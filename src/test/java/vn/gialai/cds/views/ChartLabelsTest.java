package vn.gialai.cds.views;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.gialai.cds.charts.ChartView;
import vn.gialai.cds.charts.LineChart;
import vn.gialai.cds.data.StrictJson;
import vn.gialai.cds.i18n.Messages;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.indicators.Indicator;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.vocabulary.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart of every indicator, of the real data and of the fixture, in both languages and at every width the page
 * shows it at (13, 20 and 36 rem: a 360 px phone at 200 % text, a 360 px phone, a 1280 px screen): no two label
 * boxes intersect, every label stays inside its panel, and ranks out of different numbers of provinces never share
 * an axis. Labels that fit nowhere are written under the chart, never dropped.
 */
class ChartLabelsTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path FIXTURE = PROJECT.resolve("src/test/resources/fixture-site");
    private static final Map<Language, Messages> MESSAGES = MessagesLoader.load(PROJECT, new Problems());
    private static final IndicatorViewFactory VIEWS = new IndicatorViewFactory(List.of(), Map.of(), null, null, MESSAGES, null);

    static List<Indicator> indicators(Path project) throws Exception {
        List<Indicator> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(project.resolve("data/indicators"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(StrictJson.MAPPER.readValue(Files.readString(f), Indicator.class));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> noTwoLabelsOfAnyChartIntersect() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path project : List.of(PROJECT, FIXTURE)) {
            List<Indicator> all = indicators(project);
            assertFalse(all.isEmpty(), project + " has indicators");
            for (Indicator ind : all) for (Language lang : Language.values()) {
                tests.add(DynamicTest.dynamicTest(project.getFileName() + "/" + ind.id() + "/" + lang.code(), () -> {
                    ChartView chart = VIEWS.chart(ind, lang);
                    if (chart == null) return;
                    assertEquals(LineChart.Size.values().length, chart.layouts().size());
                    for (ChartView.Layout layout : chart.layouts()) {
                        for (ChartView.Panel panel : layout.panels()) {
                            List<ChartView.Label> labels = panel.labels();
                            for (int i = 0; i < labels.size(); i++) {
                                ChartView.Label a = labels.get(i);
                                assertTrue(a.box().inside(0, 0, panel.width(), panel.height()),
                                        layout.size() + ": '" + a.text() + "' leaves the chart");
                                for (int j = i + 1; j < labels.size(); j++) {
                                    ChartView.Label b = labels.get(j);
                                    assertFalse(a.box().intersects(b.box()), layout.size() + " (" + layout.widthEm()
                                            + " rem): '" + a.text() + "' " + a.box() + " overlaps '" + b.text() + "' " + b.box());
                                }
                            }
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theOnlineRecordsFiguresAndTargetsAreEachShownOnce() throws Exception {
        Indicator ind = indicators(PROJECT).stream().filter(i -> i.id().equals("gl-tthc-online-records")).findFirst().orElseThrow();
        ChartView chart = VIEWS.chart(ind, Language.VI);
        for (ChartView.Layout layout : chart.layouts()) {
            List<String> shown = new ArrayList<>();
            layout.panels().forEach(p -> p.labels().forEach(l -> shown.add(l.text())));
            for (String figure : List.of("81,5%", "92,5%", "≥ 80%", "51,4%", "≥ 50%")) {
                boolean drawn = shown.contains(figure);
                boolean moved = layout.moved().stream().anyMatch(m -> m.contains(figure));
                assertTrue(drawn ^ moved, layout.size() + ": " + figure + " drawn once or written under the chart");
            }
        }
    }

    @Test
    void ranksOutOf63AndOutOf34AreTwoAxesAndTheMergedProvincesRankIsNotLeftOfTheMergerLine() throws Exception {
        Indicator ind = indicators(PROJECT).stream().filter(i -> i.id().equals("gl-dti-rank")).findFirst().orElseThrow();
        ChartView chart = VIEWS.chart(ind, Language.EN);
        for (ChartView.Layout layout : chart.layouts()) {
            assertEquals(2, layout.panels().size(), "one panel per number of provinces");
            assertTrue(layout.panels().get(0).caption().contains("63"), layout.panels().get(0).caption());
            assertTrue(layout.panels().get(1).caption().contains("34"), layout.panels().get(1).caption());
            for (ChartView.Panel p : layout.panels()) {
                assertEquals(1, p.series().size(), "one territory per panel");
                assertEquals(null, p.mergerX(), "no merger line inside one territory's panel");
            }
        }
        ChartView.Panel after = chart.layouts().get(2).panels().get(1);
        assertNotNull(after.series().get(0).points().get(0));
    }
}
