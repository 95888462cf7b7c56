package vn.gialai.cds.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gialai.cds.site.BrokenInputTest.Breakage;

import java.io.IOException;
import java.util.stream.Stream;

import static vn.gialai.cds.site.BrokenInputTest.replace;

/**
 * Texts in data files, as BrokenInputTest checks other mistakes: a date inside a note written another way than its
 * language writes dates, a note or short name of a source missing a language, a source's date the build cannot read.
 * Each stops the build with the file, the field and what to write instead, and leaves the last good site untouched.
 */
class DataTextInputTest {
    private static final String SOURCES = "data/sources.json";
    private static final String IND = "data/indicators/mau-xep-hang.json";

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("a Vietnamese note with a date joined by hyphens", p -> replace(p, SOURCES, "Nguồn mẫu có đủ ngày tháng năm", "Đăng ngày 30-12-2025"),
                        SOURCES + ": S03.note.vi: the date '30-12-2025' is not written the way this language writes dates. Write '30/12/2025' instead"),
                new Breakage("a Vietnamese note with a leading zero in a date", p -> replace(p, SOURCES, "Nguồn mẫu có đủ ngày tháng năm", "Đăng ngày 21/09/2025"),
                        SOURCES + ": S03.note.vi: the date '21/09/2025' is not written the way this language writes dates. Write '21/9/2025' instead"),
                new Breakage("an English note with a raw month range", p -> replace(p, SOURCES, "Sample source with a full date", "Published 2025-08/09"),
                        SOURCES + ": S03.note.en: the date '2025-08/09' is not written the way this language writes dates. Write 'August–September 2025' instead"),
                new Breakage("an English indicator note with a date written day/month/year", p -> replace(p, IND,
                                "before and after 1 July 2025", "before and after 01/07/2025"),
                        IND + ": $.notes[1].en: the date '01/07/2025' is not written the way this language writes dates. Write '1 July 2025' instead"),
                new Breakage("a Vietnamese indicator note with a date written as in data fields", p -> replace(p, IND,
                                "trước và sau ngày 1/7/2025", "trước và sau ngày 2025-07-01"),
                        IND + ": $.notes[1].vi: the date '2025-07-01' is not written the way this language writes dates. Write '1/7/2025' instead"),
                new Breakage("a source note without its English text", p -> replace(p, SOURCES,
                                ",\n      \"en\": \"Sample source with a full date, for the test fixture.\"", ""),
                        SOURCES + ": S03: 'note' has no en text. Write it in both languages"),
                new Breakage("a source note in one language only", p -> replace(p, SOURCES,
                                "\"note\": {\n      \"vi\": \"Nguồn mẫu có đủ ngày tháng năm, dùng cho kiểm thử.\",\n      \"en\": \"Sample source with a full date, for the test fixture.\"\n    }",
                                "\"note\": \"Sample source with a full date, for the test fixture.\""),
                        SOURCES + ": S03: 'note' is written in one language only. Write it in both"),
                new Breakage("a source without a short name", p -> replace(p, SOURCES,
                                "\"shortName\": {\n      \"vi\": \"Cơ quan mẫu\",\n      \"en\": \"Sample agency\"\n    },", ""),
                        SOURCES + ": S03: 'shortName' is missing"),
                new Breakage("a source dated with a raw month range", p -> replace(p, SOURCES, "\"date\": \"2022-11-25\"", "\"date\": \"2025-08/09\""),
                        SOURCES + ": S03: 'date' is \"2025-08/09\", which is not a date the build can read. Write 2022, 2022-11, 2022-11-25 or an interval 2025-08/2025-09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void stopsWithTheFieldAndWhatToWrite(Breakage b) throws IOException {
        BrokenInputTest.assertRefused(b);
    }
}
