package vn.gialai.cds.support;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the publish workflow's "Summary" step with bash on given logs, as the runner would, and returns what it wrote. */
public final class WorkflowSummary {
    public static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");

    @SuppressWarnings("unchecked")
    public static String render(String jobStatus, Map<String, String> logs) throws IOException, InterruptedException {
        Map<String, Object> w = new Yaml().load(Files.readString(WORKFLOW));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) w.get("jobs")).get("publish")).get("steps");
        String script = steps.stream().filter(s -> "Summary".equals(s.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the workflow has no step named Summary")).get("run").toString()
                .replace("${{ job.status }}", jobStatus);
        Path dir = Temp.dir("workflow-summary-");
        Files.createDirectories(dir.resolve("target/ci"));
        for (var e : logs.entrySet()) Files.writeString(dir.resolve("target/ci").resolve(e.getKey()), e.getValue());
        Path summary = dir.resolve("summary.md");
        ProcessBuilder pb = new ProcessBuilder("bash", "-eo", "pipefail", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new AssertionError("the Summary step failed: " + output);
        return Files.readString(summary);
    }

    private WorkflowSummary() {}
}
