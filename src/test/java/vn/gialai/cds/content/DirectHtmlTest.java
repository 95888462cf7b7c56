package vn.gialai.cds.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DirectHtml writes what flexmark's own renderer writes, byte for byte, or leaves the body to it. */
class DirectHtmlTest {
    private static final MutableDataSet OPTIONS = MarkdownRenderer.options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private static final DirectHtml DIRECT = new DirectHtml(OPTIONS);

    /** Bodies DirectHtml must write itself (the kinds of node news and pages use). */
    private static final List<String> WRITTEN = List.of(
            "",
            "One line.",
            "Para one\nline two.\n\n## Heading *em* **strong**\n\n- a\n- b **c**\n\n1. x\n2. y\n",
            "- loose\n\n- list\n\n  second para\n",
            "3. start at three\n4. four\n",
            "0. from nought\n",
            "| A | B | C |\n|:--|--:|:-:|\n| 1 | *c* | **d** |\n| [l](/x/) | y | |\n",
            "| A |\n|---|\n| x |\n\npara",
            "- item\n\n  | a |\n  |---|\n  | b |\n",
            "> quote\n> more\n>\n> - in a list\n\n---\n\nline  \nhard\\\nbreak\n",
            "Text & more < > \" ' \\* \\_ \\\\ end",
            "- a\n  - nested\n  - n2\n- b\n",
            "1. a\n\n   text\n2. b\n   - c\n\n     d\n",
            "# H1\n### H3 #\nSetext\n======\n\nSetext two\n----------\n",
            "[link](https://e.com/a?b=1&c=2) and [site](/tin-tuc/) and [frag](#x) and [mail](mailto:a@b.c)",
            "[trailing spaces]( /x/ )   \n\nnext",
            "Tiếng Việt có dấu: ở, ư, ạ, ỹ — “ngoặc” … và số 1.234,5%.",
            "  indented two\n   three\n",
            "line one   \n   line two with leading spaces\n",
            "*a **b** c* **x *y* z** ***both***",
            "a*b*c_d_e __f__ **g**h",
            "- [link *em*](/a/)\n- **[strong link](/b/)**\n",
            "> > nested\n> back",
            "***\n___\n- - -",
            "- \n- empty item above\n",
            "1) paren\n2) list\n",
            "+ plus\n* star\n- dash\n",
            "| only | header |\n|---|---|\n",
            "a\r\nb\r\n\r\nc\r\n",
            "text with &copy and \\& done, no entity",
            "\"quoted\" a < b and c > d, 3<4",
            "[wiki](https://vi.wikipedia.org/wiki/Gia_Lai_(tỉnh)) [q](https://x.vn/?q=\"y\"&z=1) [amp](https://x.vn/?a=1&amp;b=2)",
            "[esc](/x\\_y/) [lt](/a<b/) [apos](/it's/) [pct](/a%20b/) [hash](/a/#b-c)",
            "**[đậm](/a/)** *[nghiêng](https://x.vn/?a=b)*, và [nhiều\ndòng](/b/)");

    /** Bodies DirectHtml leaves to flexmark: kinds of node it does not write. */
    private static final List<String> LEFT = List.of(
            "![alt](/assets/a.png)",
            "`code`",
            "```\nfenced\n```",
            "    indented code",
            "para\n\n\ttab-indented code",
            "<div>raw</div>",
            "a <span>inline</span> b",
            "[ref]\n\n[ref]: /x/",
            "<https://auto.link>",
            "[titled](/x/ \"Title\")",
            "&copy; entity",
            "text with &amp; and &#123; entities",
            "[sp](<a b.html>) is raw HTML to flexmark",
            "[js](javascript:alert(1))");

    private static void same(String markdown) {
        Document doc = PARSER.parse(markdown);
        String direct = DIRECT.render(doc);
        assertNotNull(direct, () -> "DirectHtml left this to flexmark:\n" + markdown);
        assertEquals(FLEXMARK.render(doc), direct, () -> "for:\n" + markdown);
    }

    @Test
    void writesWhatFlexmarkWrites() {
        for (String markdown : WRITTEN) same(markdown);
    }

    @Test
    void leavesOtherNodesToFlexmark() {
        for (String markdown : LEFT) assertNull(DIRECT.render(PARSER.parse(markdown)), markdown);
    }

    @Test
    void markdownRendererGivesFlexmarksBytesEitherWay() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> all = new ArrayList<>(WRITTEN);
        all.addAll(LEFT.subList(0, LEFT.size() - 1)); // the javascript: link is refused by the link check
        for (String markdown : all) {
            vn.gialai.cds.problems.Problems problems = new vn.gialai.cds.problems.Problems();
            String html = renderer.render("content/vi/x.md", 1, markdown, vn.gialai.cds.vocabulary.Language.VI, ANY, problems);
            assertEquals(FLEXMARK.render(PARSER.parse(markdown)), html, markdown);
        }
    }

    /** The table's class and the breaks come from the options, as flexmark takes them; options it cannot follow: flexmark. */
    @Test
    void followsTheOptionsFlexmarkIsGiven() {
        MutableDataSet other = new MutableDataSet(OPTIONS);
        other.set(com.vladsch.flexmark.ext.tables.TablesExtension.CLASS_NAME, "bang du-lieu");
        other.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        String markdown = "| A |\n|---|\n| b |\n\nmột  \nhai\nba";
        Document doc = Parser.builder(other).build().parse(markdown);
        assertEquals(HtmlRenderer.builder(other).build().render(doc), new DirectHtml(other).render(doc));

        MutableDataSet ids = new MutableDataSet(OPTIONS);
        ids.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        ids.set(HtmlRenderer.RENDER_HEADER_ID, true);
        assertNull(new DirectHtml(ids).render(Parser.builder(ids).build().parse("## Mục")));
    }

    /** Seeded random bodies assembled from the pieces above and from news-like prose, lists and tables. */
    @Test
    void randomBodiesMatch() {
        String[] inline = {"chữ thường", "**đậm**", "*nghiêng*", "[liên kết](/tin-tuc/)", "a & b", "x < y > z", "\"trích\"",
                "\\*thoát\\*", "dòng  \nngắt", "***cả hai***", "số 1.234"};
        String[] blocks = {"## Mục", "### Tiểu mục", "- một\n- hai", "1. một\n2. hai", "- lỏng\n\n- lỏng", "> trích dẫn",
                "---", "| A | B |\n|---|:-:|\n| c | d |", "- ngoài\n  - trong", "2. bắt đầu ở hai\n3. ba"};
        Random r = new Random(17);
        int written = 0;
        for (int doc = 0; doc < 600; doc++) {
            StringBuilder md = new StringBuilder();
            for (int b = 0, n = 1 + r.nextInt(8); b < n; b++) {
                if (r.nextBoolean()) {
                    StringBuilder para = new StringBuilder();
                    for (int i = 0, k = 1 + r.nextInt(6); i < k; i++) {
                        para.append(inline[r.nextInt(inline.length)]).append(r.nextInt(5) == 0 ? "\n" : " ");
                    }
                    md.append(para.toString().strip());
                } else {
                    md.append(blocks[r.nextInt(blocks.length)].replace("một", inline[r.nextInt(inline.length)]));
                }
                md.append(r.nextInt(6) == 0 ? "\n" : "\n\n");
            }
            Document parsed = PARSER.parse(md.toString());
            String direct = DIRECT.render(parsed);
            if (direct != null) {
                written++;
                assertEquals(FLEXMARK.render(parsed), direct, "for:\n" + md);
            }
        }
        assertTrue(written > 500, "most random bodies are written directly: " + written);
    }

    private static final MarkdownRenderer.LinkContext ANY = new MarkdownRenderer.LinkContext() {
        public String basePath() { return "/"; }
        public boolean pageExists(String path) { return true; }
        public boolean assetExists(String path) { return true; }
        public boolean sourceExists(String id) { return true; }
        public String sourcesPagePath(vn.gialai.cds.vocabulary.Language lang) { return "nguon/"; }
    };
}
