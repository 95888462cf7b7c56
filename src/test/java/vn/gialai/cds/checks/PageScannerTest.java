package vn.gialai.cds.checks;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.BuiltSite;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link, language and provenance checks read each page's facts from a one-pass scan of its bytes (PageScanner), not
 * from a parsed tree: on the build's pages the facts must be exactly those a full HTML parse (jsoup) gives, or a broken
 * link, a missing translation or a figure without its source could pass unseen.
 */
class PageScannerTest {

    @Test
    void everyPageOfTheBuiltSiteGivesTheFactsOfAFullParse() throws Exception {
        BuiltSite site = BuiltSite.get();
        List<String> differ = new ArrayList<>();
        int links = 0, figures = 0;
        for (Map.Entry<String, org.jsoup.nodes.Document> page : site.pages.entrySet()) {
            byte[] bytes = Files.readAllBytes(site.out.resolve(page.getKey()));
            PageFacts scanned = PageScanner.scan(bytes);
            PageFacts parsed = PageFacts.of(page.getValue());
            if (!scanned.equals(parsed)) differ.add(page.getKey() + ":\n  scan  " + scanned + "\n  parse " + parsed);
            links += scanned.links().size();
            figures += scanned.figures().size();
        }
        assertTrue(site.pages.size() > 100 && links > 5_000 && figures > 100,
                "the fixture site is large enough to mean something: " + site.pages.size() + " pages, " + links + " links, " + figures + " figures");
        assertEquals(List.of(), differ, "pages whose scanned facts differ from a full parse");
    }

    /** What a scan that only looked for "href=" would get wrong: each snippet's facts must equal a full parse's. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<html lang=vi><head><link rel=canonical href='/a/'><link REL=\"alternate\" hreflang=\"en\" href=\"/en/a/\"></head><body></body></html>",
            "<html lang=\"vi\"><body><script>var s = '<a href=\"/not-a-link/\">x</a>';</script><a href=\"/real/\">real</a></body></html>",
            "<html><body><!-- <a href=\"/commented/\">no</a> --><a href=\"/after/\">after</a></body></html>",
            "<html><body><a href=\"/search/?q=a&amp;page=2\">Tìm &amp; xem&nbsp;thêm</a><A HREF=/upper/ Id=Top>Upper</A></body></html>",
            "<html><body><a href=\"/first/\" href=\"/second/\">twice</a><a href=\"\">empty</a><a href>bare</a></body></html>",
            "<html><body><a href=\"/card/\"><h3>Tiêu đề</h3><p>Tóm tắt <em>ngắn</em></p>Xem</a><a href=\"/b/\">một<br>hai</a></body></html>",
            "<html><body><a href=\"/long/\">Một tiêu đề rất dài, dài hơn bốn mươi ký tự để bị cắt bớt ở cuối</a><img src=\"/i.png\" alt=\"x\"></body></html>",
            "<html><body><div data-figure=\"observed\" data-source=\" s1 s2 \" data-period=\"2024\" data-territory=\"gia-lai\" data-confidence=\"high\">"
                    + "<p class=\"figure__value\">12,5 <span class=\"figure__unit\">%</span></p><ul><li><span data-figure=\"observed\" data-source=\"s3\" data-period=\"\" "
                    + "data-territory=\"gia-lai\" data-confidence=\"low\"><strong class=\"figure__value\">13</strong> (<a href=\"/nguon/#s3\">S3</a>)</span></li></ul></div></body></html>",
            "<html><body><table><tr data-figure=\"target\" data-source=\"s\" data-period=\"2025\" data-territory=\"t\" data-confidence=\"c\"><th>2025<br><span>t</span></th>"
                    + "<td class=\"figure__value\">80 <span>%</span></td></tr></table><span data-figure=\"x\">no value class</span></body></html>",
            "<html><head><title>A <b>title</b></title><style>a[href] { color: red }</style><script src=\"/s.js\"></script></head>"
                    + "<body><pre><a href=\"/p/\">  kept   spaces </a></pre><svg><a href=\"#s\"><text>svg link</text></a><use href=\"#icon\"/></svg></body></html>",
    })
    void snippetGivesTheFactsOfAFullParse(String html) {
        assertEquals(PageFacts.of(Jsoup.parse(html)), PageScanner.scan(html));
    }
}
