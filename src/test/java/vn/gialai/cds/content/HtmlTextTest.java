package vn.gialai.cds.content;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body's text for reading time and search is the text an HTML parser finds in it. */
class HtmlTextTest {
    private static final List<String> CASES = List.of(
            "<p>Một hai ba</p>\n<p>bốn năm</p>",
            "<p>one</p><p>two</p><h2 id=\"x\">three <em>four</em>five</h2>",
            "<ul>\n<li>a</li>\n<li>b c</li>\n</ul>\n<table>\n<thead>\n<tr><th>Năm</th><th>Giá trị</th></tr>\n</thead>\n<tbody>\n<tr><td>2025</td><td>92,5</td></tr>\n</tbody>\n</table>",
            "<p>a&nbsp;b &amp; c &lt;d&gt; &quot;e&quot; &#39;f&#39; &#x1EA1; &copy;</p><!-- not <p>words</p> here --><p>d</p>",
            "<p>x<br>y<br />z</p><script>var a = 1;</script><style>p { }</style><p><a href=\"/\">link text</a>.</p>",
            "<p>AT&T and a & b; and &unknown; and &#</p>",
            "<p>trước</p><script>var x = '<p>';</script",
            "<p>Gia Lai & Bình Định, <em>hai tỉnh</em> hợp nhất từ ngày 1 tháng 7 năm 2025; trung tâm ở Quy Nhơn</p>",
            "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><img src=\"a.jpg\" alt=\"not text\">after</p>",
            "<p><code>x = 1</code> and <strong>bold</strong>, <abbr title=\"t\">UBND</abbr>.</p>",
            "", "<p>   </p>", "  leading and trailing  ");

    @Test
    void theTextIsTheParsersText() {
        for (String html : CASES) assertEquals(Jsoup.parse(html).text(), HtmlText.of(html), html);
    }

    @Test
    void theTextOfEveryArticleOfTheRealAndFixtureContentIsTheParsersText() throws Exception {
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder().extensions(
                List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create())).build();
        com.vladsch.flexmark.html.HtmlRenderer renderer = com.vladsch.flexmark.html.HtmlRenderer.builder().extensions(
                List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create())).build();
        int n = 0;
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/fixture-site/content"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String text = Files.readString(f);
                    int cut = text.indexOf("~~~~~~");
                    String html = renderer.render(parser.parse(cut < 0 ? text : text.substring(cut + 6)));
                    assertEquals(Jsoup.parse(html).text(), HtmlText.of(html), f.toString());
                    n++;
                }
            }
        }
        assertTrue(n > 50, "articles compared: " + n);
    }

    @Test
    void wordsAreCountedAsTheParsedTextHasThem() {
        for (String html : CASES) {
            String text = Jsoup.parse(html).text().replace('\u00a0', ' ').strip();
            assertEquals(text.isEmpty() ? 0 : text.split("\\s+").length, HtmlText.words(html), html);
        }
    }

    @Test
    void aPrefixIsTheStartOfTheWholeTextWhereverItIsCut() {
        for (String html : CASES) {
            String whole = HtmlText.of(html);
            for (int n = 0; n <= whole.length() + 2; n++) {
                assertEquals(whole.substring(0, Math.min(n, whole.length())), HtmlText.prefix(html, n), n + " of " + html);
            }
        }
    }
}
