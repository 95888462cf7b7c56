package vn.gialai.cds.i18n;

import vn.gialai.cds.vocabulary.Language;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.problems.Msg;
import vn.gialai.cds.content.ContentLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem an editor can meet is said in both languages. */
class ProblemBundlesTest {
    @Test
    void bothLanguagesHaveTheSameProblemMessages() {
        assertEquals(new TreeSet<>(Msg.bundle(Language.EN).stringPropertyNames()), new TreeSet<>(Msg.bundle(Language.VI).stringPropertyNames()));
    }

    @Test
    void everyProblemTheCodeRaisesHasItsSentence() throws Exception {
        Set<String> keys = Msg.bundle(Language.EN).stringPropertyNames();
        Pattern use = Pattern.compile("Msg\\.of\\(\\s*\"([a-z0-9.-]+[a-z0-9])\"[,)]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) assertTrue(keys.contains(m.group(1)), f + " uses " + m.group(1));
            }
        }
        for (String field : ContentLoader.REQUIRED) assertTrue(keys.contains("header.missing." + field), field);
    }

    @Test
    void argumentsAreFilledInEachLanguage() {
        Msg m = Msg.of("header.bad-date", "2025-02-30");
        assertEquals("date '2025-02-30' is not a real date. Write it as YYYY-MM-DD, e.g. 2025-05-15.", m.in(Language.EN));
        assertEquals("ngày '2025-02-30' không phải là ngày có thật. Ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-05-15.", m.in(Language.VI));
    }
}
