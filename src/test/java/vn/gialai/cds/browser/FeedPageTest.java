package vn.gialai.cds.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.gialai.cds.support.Browser;
import vn.gialai.cds.support.BuiltSite;
import vn.gialai.cds.support.Interface;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed opened in a browser is a readable page (its XSL stylesheet), and stays an Atom feed for feed readers.
 */
class FeedPageTest {
    private static final Pattern PI = Pattern.compile("<\\?xml-stylesheet type=\"text/xsl\" href=\"([^\"]+)\"\\?>");

    private static String stylesheetOf(String xml) {
        Matcher m = PI.matcher(xml);
        assertTrue(m.find(), "the feed names its stylesheet");
        return m.group(1);
    }

    @Test
    void eachFeedNamesAStylesheetOfTheSiteThatTurnsItIntoAPageInItsLanguage() throws Exception {
        BuiltSite built = BuiltSite.get();
        for (String[] feed : new String[][]{{"tin-tuc/feed.xml", "vi", "10/1/2026"}, {"en/news/feed.xml", "en", "10 January 2026"},
                {"tin-tuc/tru-cot/chinh-quyen-so/feed.xml", "vi", ""}}) {
            Path file = built.out.resolve(feed[0]);
            String xml = Files.readString(file);
            String href = stylesheetOf(xml);
            assertTrue(href.startsWith("/") && !href.startsWith("//"), "same origin: " + href);
            Path xsl = built.out.resolve(href.substring(1));
            assertTrue(Files.isRegularFile(xsl), href + " is in the site");
            // still Atom: the root is an Atom feed, the stylesheet is only a processing instruction before it
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            var root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            // the page a browser makes of it (the JDK's XSLT 1.0 processor, as a browser's)
            StringWriter html = new StringWriter();
            TransformerFactory.newInstance().newTransformer(new StreamSource(xsl.toFile()))
                    .transform(new StreamSource(file.toFile()), new StreamResult(html));
            Document page = Jsoup.parse(html.toString());
            assertEquals(feed[1], page.selectFirst("html").attr("lang"), feed[0]);
            assertEquals(Interface.text(feed[1], "feed-page.notice"), page.selectFirst(".feed-page__notice").text());
            assertFalse(page.select("h1").text().isBlank());
            int entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
            List<Element> links = page.select(".feed-page__entries h3 a");
            assertEquals(entries, links.size(), feed[0] + ": every entry is a link");
            assertTrue(links.stream().allMatch(a -> a.attr("href").startsWith(BuiltSite.SITE_URL)), feed[0]);
            assertTrue(page.select("link[rel=stylesheet]").attr("href").matches("/assets/css/site\\.[0-9a-f]{10}\\.css"));
            if (!feed[2].isEmpty()) assertEquals(feed[2], page.selectFirst(".feed-page__date").text(), "dates as the language writes them");
        }
    }

    @Test
    void chromiumShowsTheFeedAsAPageUnderTheSitesContentSecurityPolicy() {
        Browser b = Browser.get();
        b.driver.manage().logs().get(LogType.BROWSER); // clear
        b.open("en/news/feed.xml", 360, 800);
        // the page is the XSLT's result, which Chromium may still be making when the feed's own load has ended (seen once
        // in a full run of the suite on a busy machine): waited for, as a reader waits
        WebElement h1 = new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.tagName("h1")).stream().findFirst().orElse(null));
        assertFalse(h1.getText().isBlank());
        assertEquals(Interface.text("en", "feed-page.entries"), b.driver.findElement(By.tagName("h2")).getText());
        assertFalse(b.driver.findElements(By.cssSelector(".feed-page__entries a")).isEmpty(), "the entries are links");
        String colour = (String) b.js("return getComputedStyle(document.querySelector('.feed-page__notice')).borderLeftStyle");
        assertEquals("solid", colour, "the site's stylesheet applies");
        // Chromium 156 adds its own banner announcing the end of XSLT in the browser, with an inline style and event
        // handler the policy refuses: those refusals are the browser's, not the site's, and the only ones allowed
        Document dom = Jsoup.parse(b.driver.getPageSource());
        boolean banner = !dom.select("xslt-warning-banner").isEmpty();
        assertTrue(dom.select("[style]").stream().allMatch(e -> e.tagName().equals("xslt-warning-banner")), "the page sets no inline style");
        List<String> refused = b.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .filter(m -> !(banner && (m.contains("Applying inline style") || m.contains("Executing inline event handler")))).toList();
        assertTrue(dom.getAllElements().stream().filter(e -> !e.tagName().equals("xslt-warning-banner"))
                .allMatch(e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))), "the page has no event handler");
        assertTrue(refused.isEmpty(), refused.toString());
        assertTrue(Jsoup.parse(b.driver.getPageSource()).select("script").isEmpty(), "no script on the feed's page");
    }
}
