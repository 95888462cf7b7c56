package vn.gialai.cds.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's packages: no cycles, and no lower layer reaching up (the layers are in Layers.site()). */
class ArchitectureTest {
    @Test
    void thePackagesHaveNoCycleAndNoLayerReachesUp() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gialai.cds");
        assertFalse(main.isEmpty(), "the build's classes were not found");
        List<String> found = Layers.site().violations(main);
        assertTrue(found.isEmpty(), () -> found.size() + " violation(s):\n" + String.join("\n", found));
    }

    @Test
    void everyPackageBelongsToALayer() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gialai.cds");
        java.util.Set<String> known = Layers.site().packages();
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        main.forEach(c -> {
            String rest = c.getPackageName().substring("vn.gialai.cds".length());
            String first = rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
            if (!known.contains(first)) unknown.add(c.getPackageName());
        });
        assertEquals(java.util.Set.of(), unknown, "a new package must be given its layer in Layers.site() and docs/architecture.md");
    }

    /** The same rules, on a small fixture with a cycle between two packages: they must report it. */
    @Test
    void aCycleBetweenPackagesIsReported() {
        String root = "vn.gialai.cds.architecture.fixture.cycle";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);
        List<String> found = new Layers(root, List.of(List.of("a", "b"))).violations(fixture);
        assertFalse(found.isEmpty(), "a → b → a was not reported");
        assertTrue(String.join("\n", found).contains("Cycle"), String.join("\n", found));
    }

    /** And on a fixture where a lower layer uses a higher one. */
    @Test
    void aLowerLayerReachingUpIsReported() {
        String root = "vn.gialai.cds.architecture.fixture.layers";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);
        List<String> found = new Layers(root, List.of(List.of("low"), List.of("high"))).violations(fixture);
        assertFalse(found.isEmpty(), "low → high was not reported");
        assertTrue(found.stream().allMatch(s -> s.contains("low.Low") && s.contains("high.High")), String.join("\n", found));
    }
}
