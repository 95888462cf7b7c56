package vn.gialai.cds.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Java side of search folding, against the table the browser's search.js is tested with too (SearchTest). */
class FoldingTest {
    @Test
    void foldsCaseDiacriticsAndDStroke() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(getClass().getResourceAsStream("/search/folding-cases.json"));
        for (JsonNode c : cases) assertEquals(c.get(1).asText(), Folding.fold(c.get(0).asText()), c.get(0).asText());
    }

    @Test
    void wordsAreSplitOnAnythingThatIsNotALetterOrDigit() {
        assertEquals(java.util.List.of("nông", "nghiệp", "4g", "5g"), Folding.words("Nông nghiệp (4G/5G)"));
    }
}
