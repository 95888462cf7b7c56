package vn.gialai.cds.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the code's structure, for any root package: its packages form no cycle, and a package of a lower
 * layer never uses one of a higher layer. docs/architecture.md draws the same layers.
 */
public final class Layers {
    private final String root;
    private final List<List<String>> layers;

    /** @param layers the packages under root (their first segment), lowest layer first */
    public Layers(String root, List<List<String>> layers) {
        this.root = root;
        this.layers = layers;
    }

    /** The site's layers, lowest first. */
    public static Layers site() {
        return new Layers("vn.gialai.cds", List.of(
                List.of("vocabulary"),
                List.of("files", "problems"),
                List.of("config", "i18n"),
                List.of("data", "content", "indicators", "news", "charts", "search", "sharing"),
                List.of("views"),
                List.of("pages"),
                List.of("jbake", "outputs", "checks", "publish"),
                List.of("pipeline"),
                List.of("preview"),
                List.of("cli")));
    }

    public ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** One rule per layer: it uses nothing of the layers above it. */
    public List<ArchRule> noneReachesUp() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < layers.size() - 1; i++) {
            List<String> above = new ArrayList<>();
            for (List<String> l : layers.subList(i + 1, layers.size())) above.addAll(l);
            rules.add(noClasses().that().resideInAnyPackage(packages(layers.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                    .as("layer " + layers.get(i) + " uses nothing of " + above).allowEmptyShould(true));
        }
        return rules;
    }

    /** Every violation of every rule, one line each (empty when the structure holds). */
    public List<String> violations(JavaClasses classes) {
        List<String> out = new ArrayList<>();
        List<ArchRule> rules = new ArrayList<>(noneReachesUp());
        rules.add(0, noCycles());
        for (ArchRule rule : rules) {
            EvaluationResult r = rule.evaluate(classes);
            if (r.hasViolation()) out.addAll(r.getFailureReport().getDetails());
        }
        return out;
    }

    private String[] packages(List<String> names) {
        return names.stream().map(n -> root + "." + n + "..").toArray(String[]::new);
    }

    /** Every package named in a layer. */
    public java.util.Set<String> packages() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        layers.forEach(out::addAll);
        return out;
    }

    @Override
    public String toString() { return root + " " + Arrays.toString(layers.toArray()); }
}
