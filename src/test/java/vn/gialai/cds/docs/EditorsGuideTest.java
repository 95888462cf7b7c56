package vn.gialai.cds.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The editors' guides show the tests' own pictures: every image a guide references exists, and every picture in
 * docs/images/editors/ is a step the CMS's browser tests (AdminCms*) photograph (shot("&lt;step&gt;") writes target/screenshots/admin-&lt;step&gt;.png).
 */
class EditorsGuideTest {
    private static final Path DOCS = Path.of("docs");
    private static final Path PICTURES = DOCS.resolve("images/editors");
    /** The CMS's browser tests: AdminCmsSession and the classes that extend it. */
    private static final Path BROWSER_TESTS = Path.of("src/test/java/vn/gialai/cds/browser");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    /** Code blocks and code spans: examples of what an editor types, not pictures of the guide. */
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\\n]*`");

    private static String guide(String lang) throws IOException {
        return CODE.matcher(Files.readString(DOCS.resolve("editors-guide." + lang + ".md"), StandardCharsets.UTF_8)).replaceAll("");
    }

    @Test
    void everyImageTheGuidesReferenceExistsAndHasAltText() throws IOException {
        for (String lang : List.of("vi", "en")) {
            Path guide = DOCS.resolve("editors-guide." + lang + ".md");
            Matcher m = IMAGE.matcher(guide(lang));
            int count = 0;
            while (m.find()) {
                count++;
                assertFalse(m.group(1).isBlank(), guide + ": the image " + m.group(2) + " has no alt text");
                Path image = guide.getParent().resolve(m.group(2)).normalize();
                assertTrue(Files.isRegularFile(image), guide + " references " + m.group(2) + ", which does not exist");
            }
            assertTrue(count > 0, guide + " shows no screenshot");
        }
    }

    @Test
    void bothGuidesShowTheSamePictures() throws IOException {
        assertEquals(referenced("vi"), referenced("en"));
    }

    @Test
    void everyPictureIsAScreenshotStepOfTheAdminTest() throws IOException {
        StringBuilder test = new StringBuilder();
        try (Stream<Path> s = Files.list(BROWSER_TESTS)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("AdminCms")).sorted().toList()) {
                test.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> pictures = new ArrayList<>();
        try (Stream<Path> s = Files.list(PICTURES)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(pictures::add);
        }
        assertFalse(pictures.isEmpty(), "no pictures in " + PICTURES);
        for (String name : pictures) {
            assertTrue(name.matches("admin-[a-z0-9-]+\\.png"), PICTURES + "/" + name + " is not named admin-<step>.png");
            String step = name.substring("admin-".length(), name.length() - ".png".length());
            assertTrue(test.toString().contains("shot(\"" + step + "\")"),
                    name + " has no screenshot step shot(\"" + step + "\") in " + BROWSER_TESTS + "/AdminCms*.java: copy it from target/screenshots/");
            assertTrue(Files.size(PICTURES.resolve(name)) < 200_000, name + " is larger than 200 kB");
        }
    }

    private static Set<String> referenced(String lang) throws IOException {
        Matcher m = IMAGE.matcher(guide(lang));
        Set<String> images = new TreeSet<>();
        while (m.find()) images.add(m.group(2));
        return images;
    }
}
