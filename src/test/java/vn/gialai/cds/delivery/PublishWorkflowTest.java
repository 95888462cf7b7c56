package vn.gialai.cds.delivery;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * .github/workflows/publish.yml, read as YAML (SnakeYAML, which JBake already brings): when it runs, and that
 * ./site publish runs only after the gates passed.
 */
class PublishWorkflowTest {
    private static final Path FILE = Path.of(".github/workflows/publish.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws Exception {
        return (Map<String, Object>) new Yaml().load(Files.readString(FILE));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object n = node;
        for (String k : keys) {
            assertTrue(n instanceof Map, "no '" + k + "' in " + FILE);
            Map<Object, Object> m = (Map<Object, Object>) n;
            // YAML 1.1 reads the key `on` as the boolean true
            n = k.equals("on") && !m.containsKey("on") ? m.get(Boolean.TRUE) : m.get(k);
            assertNotNull(n, FILE + " has no '" + String.join(".", keys) + "'");
        }
        return (T) n;
    }

    @Test
    void runsOnAPushToMainDailyAfterMidnightInVietnamAndByHand() throws Exception {
        Map<String, Object> w = workflow();
        List<String> branches = at(w, "on", "push", "branches");
        assertEquals(List.of("main"), branches);
        List<Map<String, Object>> schedule = at(w, "on", "schedule");
        assertEquals("5 17 * * *", schedule.get(0).get("cron"), "17:05 UTC is 00:05 in Vietnam (UTC+7)");
        assertTrue(((Map<?, ?>) at(w, "on")).containsKey("workflow_dispatch"), "it can be run by hand");
    }

    @Test
    void publishesOnlyAfterTheGatesWithTheTargetFromASecret() throws Exception {
        Map<String, Object> job = at(workflow(), "jobs", "publish");
        List<Map<String, Object>> steps = at(job, "steps");
        int gates = -1;
        List<Integer> publishes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Object run = steps.get(i).get("run");
            if (run == null) continue;
            if (run.toString().contains("bash .ci/run")) gates = i;
            if (run.toString().contains("./site publish")) publishes.add(i);
        }
        assertTrue(gates >= 0, "a step runs the gates (bash .ci/run)");
        assertEquals(1, publishes.size(), "one step publishes");
        int publish = publishes.get(0);
        assertTrue(publish > gates, "./site publish runs after the gates");
        for (Map<String, Object> s : steps.subList(0, publish + 1)) {
            assertFalse(s.containsKey("if"), "no step up to publishing runs when an earlier one failed: " + s.get("name"));
            assertFalse(Boolean.TRUE.equals(s.get("continue-on-error")), "a failing step fails the run: " + s.get("name"));
        }
        assertEquals("${{ secrets.SITE_PUBLISH_TARGET }}", at(steps.get(publish), "env", "SITE_PUBLISH_TARGET"));
        Object shell = at(job, "defaults", "run", "shell");
        assertEquals("bash", shell, "bash with pipefail (GitHub's `shell: bash`), so `| tee` keeps a failure red");
        String setupJava = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
                .map(s -> s.get("with").toString()).findFirst().orElse("");
        assertTrue(setupJava.contains("distribution=temurin") && setupJava.contains("java-version=17") && setupJava.contains("cache=maven"), setupJava);
    }

    @Test
    void aFailedRunSummarisesWhatToFix() throws Exception {
        List<Map<String, Object>> steps = at(workflow(), "jobs", "publish", "steps");
        Map<String, Object> last = steps.get(steps.size() - 1);
        assertEquals("always()", last.get("if"), "the summary is written whatever failed");
        assertTrue(last.get("run").toString().contains("$GITHUB_STEP_SUMMARY"));
        String gates = vn.gialai.cds.support.WorkflowSummary.render("failure", Map.of("build.log", "Built 238 pages into target/site in 9338 ms.\n",
                "gates.log", "[INFO] Tests run: 3\n[ERROR] Failures: \n[ERROR]   NewsTest.x:12 expected: <1> but was: <2>\n"));
        assertTrue(gates.contains("A test failed") && gates.contains("NewsTest.x:12"), gates);
        String ok = vn.gialai.cds.support.WorkflowSummary.render("success", Map.of("publish.log", "note: x\nPublished site to deploy@h:/w.\n"));
        assertTrue(ok.contains("Published site to deploy@h:/w.") && !ok.contains("Not published"), ok);
    }
}
