package vn.gialai.cds.checks;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.problems.Problems;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The link check names, for every page, each link that leads nowhere: an address with no file, a #fragment with no
 * such id on the page it leads to or on its own page, an empty address. The same wrong address on two pages is named
 * on both (the check judges each distinct address once), and a page's problems name the source it was made from.
 */
class LinkCheckTest {
    @Test
    void everyLinkThatLeadsNowhereIsNamedOnEveryPageThatHasIt() throws Exception {
        Path site = Temp.dir("link-check-");
        page(site, "index.html", "<a href=\"/tin-tuc/\">news</a> <a href=\"/tin-tuc/#top\">top</a> <a href=\"/khong-co/\">gone</a>"
                + " <a href=\"https://example.org/khong-co/\">outside</a> <a href=\"#here\">here</a> <span id=\"here\"></span>");
        page(site, "tin-tuc/index.html", "<span id=\"top\"></span> <a href=\"/khong-co/\">gone again</a>"
                + " <a href=\"/#nowhere\">no such place</a> <a href=\"#missing\">missing</a> <a href=\"\">empty</a>");
        page(site, "en/index.html", "<a href=\"/en/\">home</a> <img src=\"/anh.png\" alt=\"\">");
        Files.writeString(site.resolve("anh.png"), "png", StandardCharsets.UTF_8);

        Problems problems = new Problems();
        LinkCheck.run(new OutputSite(site, "https://example.gov.vn/", false), Map.of("tin-tuc/index.html", "content/vi/tin-tuc/_index.md"),
                problems);

        List<String> found = problems.sorted().stream().map(p -> p.file() + ": " + p.message()).toList();
        assertEquals(List.of(
                "content/vi/tin-tuc/_index.md: <a> has an empty href (in tin-tuc/index.html). Give it an address or remove it.",
                "content/vi/tin-tuc/_index.md: the link to '#missing' ('missing') points at a place that does not exist in tin-tuc/index.html. Correct the part after #.",
                "content/vi/tin-tuc/_index.md: the link to '#nowhere' ('no such place') points at a place that does not exist in index.html. Correct the part after #.",
                "content/vi/tin-tuc/_index.md: the link to '/khong-co/' ('gone again', in tin-tuc/index.html) leads to no page or file. Correct the address.",
                "index.html: the link to '/khong-co/' ('gone', in index.html) leads to no page or file. Correct the address."), found);
    }

    private static void page(Path site, String rel, String body) throws Exception {
        Path f = site.resolve(rel);
        Files.createDirectories(f.getParent());
        String lang = rel.startsWith("en/") ? "en" : "vi";
        Files.writeString(f, "<!doctype html><html lang=\"" + lang + "\"><head><title>t</title></head><body>" + body + "</body></html>",
                StandardCharsets.UTF_8);
    }
}
