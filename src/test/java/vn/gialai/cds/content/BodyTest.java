package vn.gialai.cds.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A body taken from the Markdown cache (content/Body) is the body that was kept: the same HTML, the same identity, and
 * the same start of its text for the search index as the whole HTML gives, wherever the bytes it reads end (inside a
 * tag, a character reference, a comment, a script or a Vietnamese letter).
 */
class BodyTest {
    private static final String[] PIECES = {"<p>", "</p>", "<h2 id=\"muc-1\">", "</h2>", "<ul><li>", "</li></ul>", "&nbsp;", "&amp;",
            "&#7879;", "&lt;b&gt;", "<!-- ghi chú -->", "<script>var x = '<p>';</script>", "<em>", "</em>", " ", "\n",
            "Chuyển đổi số", "tỉnh Gia Lai", "Digital transformation", "ệ", "😀", "a;b", "&", "<br>", "<table><tr><td>ô</td></tr></table>"};

    private static Body kept(String html, int before) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before + utf8.length + 7];
        System.arraycopy(utf8, 0, bytes, before, utf8.length);
        return Body.kept(bytes, before, utf8.length, Body.of(html).identity());
    }

    @Test
    void aKeptBodyGivesTheTextStartTheWholeHtmlGives() {
        Random random = new Random(20260120);
        for (int round = 0; round < 3000; round++) {
            StringBuilder html = new StringBuilder();
            int pieces = random.nextInt(round % 10 == 0 ? 2000 : 300);
            for (int i = 0; i < pieces; i++) html.append(PIECES[random.nextInt(PIECES.length)]);
            String h = html.toString();
            Body body = kept(h, random.nextInt(5));
            assertEquals(h, body.html());
            for (int chars : new int[] {1, 50, 281, 2000}) {
                assertEquals(HtmlText.prefix(h, chars), body.textStart(chars), "round " + round + ", " + chars + " characters of: " + h);
            }
        }
    }

    @Test
    void bodiesAreEqualWhenTheirHtmlIs() {
        String html = "<p>Chuyển đổi số</p>";
        assertEquals(Body.of(html), kept(html, 3));
        assertEquals(Body.of(html).identity(), kept(html, 0).identity());
        assertNotEquals(Body.of(html), Body.of(html + " "));
    }
}
