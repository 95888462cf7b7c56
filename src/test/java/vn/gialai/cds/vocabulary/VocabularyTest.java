package vn.gialai.cds.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.i18n.MessagesLoader;
import vn.gialai.cds.problems.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each vocabulary is defined once, in this package, and everything that names its words reads it from here. */
class VocabularyTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void everyStatusHasItsCssModifier() throws Exception {
        String css = Files.readString(PROJECT.resolve("templates/components/progress-status/progress-status.css"));
        List<String> missing = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) if (!css.contains(".progress-status--" + s.id())) missing.add(s.id());
        assertEquals(List.of(), missing, "statuses without a .progress-status--<id> rule");
    }

    @Test
    void theMessageBundlesNameEveryWord() {
        Problems problems = new Problems();
        MessagesLoader.load(PROJECT, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertTrue(MessagesLoader.vocabularyKeys().contains("territory.province-after-merger"));
    }

    @Test
    void theSchemaListsNoVocabularyOfItsOwn() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(PROJECT.resolve("data/schema/indicator.schema.json").toFile());
        List<String> enums = new ArrayList<>();
        schema.get("$defs").fields().forEachRemaining(e -> {
            if (List.of("pillar", "sector", "territory", "level", "confidence").contains(e.getKey()) && e.getValue().has("enum")) {
                enums.add(e.getKey());
            }
        });
        assertEquals(List.of(), enums, "these are filled in from vocabulary/ by the build; the schema file must not list them");
    }

    @Test
    void termsAreFoundByTheirIds() {
        assertEquals(Territory.PROVINCE_AFTER_MERGER, Territory.fromId("province-after-merger").orElseThrow());
        assertTrue(PageType.fromId("news-list").orElseThrow().generated());
        assertTrue(PageType.fromId("scope").isEmpty());
        assertEquals(List.of("digital-government", "digital-economy", "digital-society"), Term.ids(Pillar.class));
        assertEquals(8, Term.ids(Sector.class).size());
    }
}
