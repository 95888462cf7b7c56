package vn.gialai.cds.news;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading time counts the words a reader sees, as an HTML parser would, without parsing every article on every build. */
class ReadingTimeTest {
    @Test
    void countsWordsAsTheParsedTextHasThem() {
        for (String html : List.of(
                "<p>Một hai ba</p>\n<p>bốn năm</p>",
                "<p>one</p><p>two</p><h2 id=\"x\">three <em>four</em>five</h2>",
                "<ul><li>a</li><li>b c</li></ul><table><tr><td>1</td><td>2</td></tr></table>",
                "<p>a&nbsp;b &amp; c</p><!-- not <p>words</p> here --><p>d</p>",
                "<p>x<br>y</p><script>var a = 1;</script><style>p { }</style><p><a href=\"/\">link text</a>.</p>",
                "", "<p>   </p>")) {
            String text = Jsoup.parse(html).text().replace('\u00a0', ' ').strip();
            int expected = text.isEmpty() ? 0 : text.split("\\s+").length;
            assertEquals(expected, ReadingTime.words(html), html);
        }
    }

    @Test
    void minutesAtTheReadersPace() {
        String words = "<p>" + "word ".repeat(1000) + "</p>";
        assertEquals(5, ReadingTime.minutes(words, false), "1,000 words at 200 a minute");
        assertEquals(4, ReadingTime.minutes(words, true), "1,000 syllables at 260 a minute");
        assertEquals(1, ReadingTime.minutes("", false), "never less than a minute");
    }
}
