package vn.gialai.cds.pages;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page's model fingerprint changes exactly when something a template could print changes. */
class ModelFingerprintTest {
    record Link(String label, String href) {}
    record View(String title, List<Link> links, Map<String, Object> extra, LocalDate date, int count, Object nothing) {}

    private static View view(String title, String href, int count) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("a", 1);
        return new View(title, List.of(new Link("x", href)), extra, LocalDate.of(2025, 7, 1), count, null);
    }

    @Test
    void equalModelsGiveEqualFingerprintsAndAnyPrintedPartChangesIt() {
        String f = ModelFingerprint.of("news.ftl", view("T", "/a/", 3));
        assertEquals(f, ModelFingerprint.of("news.ftl", view("T", "/a/", 3)), "the same model, built anew");
        assertNotEquals(f, ModelFingerprint.of("news.ftl", view("T2", "/a/", 3)), "a title");
        assertNotEquals(f, ModelFingerprint.of("news.ftl", view("T", "/b/", 3)), "a link deep in a list");
        assertNotEquals(f, ModelFingerprint.of("news.ftl", view("T", "/a/", 4)), "a number");
        assertNotEquals(f, ModelFingerprint.of("page.ftl", view("T", "/a/", 3)), "the template");
        assertNotEquals(ModelFingerprint.of("ab", "c"), ModelFingerprint.of("a", "bc"), "where one text ends and the next begins");
        assertNotEquals(ModelFingerprint.of(1), ModelFingerprint.of("1"), "a number and a text that print alike");
        assertNotEquals(ModelFingerprint.of(List.of()), ModelFingerprint.of((Object) null), "an empty list and nothing");
    }

    @Test
    void mapsAndSetsWithoutAnOrderOfTheirOwnGiveTheSameFingerprintInEveryJvm() {
        // Map.of and Set.of give their entries in an order drawn anew in each JVM; walked by key, they print alike
        Map<String, Integer> unordered = Map.of("tags", 1, "title", 2, "date", 3, "lang", 4, "pillars", 5);
        assertEquals(ModelFingerprint.of(new java.util.TreeMap<>(unordered)), ModelFingerprint.of(unordered));
        assertEquals(ModelFingerprint.of(new java.util.TreeMap<>(unordered)), ModelFingerprint.of(new java.util.HashMap<>(unordered)));
        java.util.Set<String> ids = java.util.Set.of("main-nav", "share-url", "main-content", "footer");
        assertEquals(ModelFingerprint.of(new java.util.TreeSet<>(ids)), ModelFingerprint.of(ids));
        // an order of its own (insertion, a list) is what a template prints, so it counts
        Map<String, Integer> inserted = new LinkedHashMap<>();
        inserted.put("b", 1);
        inserted.put("a", 2);
        assertNotEquals(ModelFingerprint.of(new java.util.TreeMap<>(inserted)), ModelFingerprint.of(inserted));
    }

    @Test
    void aValueItCannotWalkIsRefusedSoThePageIsRenderedEveryTime() {
        assertThrows(ModelFingerprint.NotFingerprintable.class, () -> ModelFingerprint.of(new StringBuilder("x")));
        assertThrows(ModelFingerprint.NotFingerprintable.class, () -> ModelFingerprint.of(List.of(new Object())));
    }

    @Test
    void theFingerprintIsTheContentHashOfTheWalkWhateverTheLengthsOfItsTexts() throws Exception {
        // a list of short texts and one longer than the digest's buffer: the bytes walked are the same stream
        List<Object> model = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) model.add("mục " + i);
        model.add("x".repeat(20_000));
        model.add(null);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(expected);
        out.writeByte('l');
        out.writeInt(model.size());
        for (Object o : model) {
            if (o == null) {
                out.writeByte('0');
                continue;
            }
            byte[] b = ((String) o).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeByte('s');
            out.writeInt(b.length);
            out.write(b);
        }
        assertEquals(vn.gialai.cds.files.Hashes.of(expected.toByteArray()), ModelFingerprint.of(model));
    }
}
