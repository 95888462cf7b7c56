package vn.gialai.cds.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Projects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * data/schema/{organisation,portals,documents}.schema.json describe the files the build reads: the real files and the
 * fixture's match them, and a file the build refuses (an http:// portal, an unknown form) does not.
 */
class DataSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<ValidationMessage> validate(String schema, JsonNode data) throws Exception {
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(Projects.real().resolve("data/schema/" + schema))));
        return s.validate(data);
    }

    @Test
    void theRealAndFixtureFilesMatchTheirSchemas() throws Exception {
        for (Path root : List.of(Projects.real(), Projects.fixtureSource())) {
            for (String name : List.of("organisation", "portals", "documents")) {
                Path f = root.resolve("data/" + name + ".json");
                Set<ValidationMessage> errors = validate(name + ".schema.json", JSON.readTree(Files.readString(f)));
                assertTrue(errors.isEmpty(), f + ": " + errors);
            }
        }
    }

    /** The vocabularies are defined once, in vocabulary/; the schemas' lists must say the same. */
    @Test
    void theSchemasListTheVocabulariesWords() throws Exception {
        JsonNode docs = JSON.readTree(Files.readString(Projects.real().resolve("data/schema/documents.schema.json")));
        JsonNode portals = JSON.readTree(Files.readString(Projects.real().resolve("data/schema/portals.schema.json")));
        assertTrue(ids(docs.at("/items/properties/form/enum")).equals(vn.gialai.cds.vocabulary.Term.ids(vn.gialai.cds.vocabulary.DocumentForm.class)));
        assertTrue(ids(docs.at("/items/properties/status/properties/state/enum")).equals(vn.gialai.cds.vocabulary.Term.ids(vn.gialai.cds.vocabulary.DocumentStatus.class)));
        assertTrue(ids(docs.at("/items/properties/territory/enum")).equals(vn.gialai.cds.vocabulary.Term.ids(vn.gialai.cds.vocabulary.Territory.class)));
        assertTrue(ids(portals.at("/items/properties/id/enum")).equals(vn.gialai.cds.vocabulary.Term.ids(vn.gialai.cds.vocabulary.PortalKind.class)));
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void whatTheBuildRefusesTheSchemasRefuseToo() throws Exception {
        JsonNode portals = JSON.readTree(Files.readString(Projects.fixtureSource().resolve("data/portals.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) portals.get(0)).put("url", "http://dichvucong.example.org/");
        assertTrue(!validate("portals.schema.json", portals).isEmpty(), "an http:// portal");
        JsonNode docs = JSON.readTree(Files.readString(Projects.fixtureSource().resolve("data/documents.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) docs.get(0)).put("form", "memo");
        assertTrue(!validate("documents.schema.json", docs).isEmpty(), "an unknown form");
    }
}
