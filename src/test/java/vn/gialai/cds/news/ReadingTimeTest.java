package vn.gialai.cds.news;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading time counts the words a reader sees, as an HTML parser would, without parsing every article on every build. */
class ReadingTimeTest {
    @Test
    void minutesAtTheReadersPace() {
        String words = "<p>" + "word ".repeat(1000) + "</p>";
        assertEquals(5, ReadingTime.minutes(words, false), "1,000 words at 200 a minute");
        assertEquals(4, ReadingTime.minutes(words, true), "1,000 syllables at 260 a minute");
        assertEquals(1, ReadingTime.minutes("", false), "never less than a minute");
    }
}
