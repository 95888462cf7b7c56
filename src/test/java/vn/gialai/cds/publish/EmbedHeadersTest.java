package vn.gialai.cds.publish;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator's embed page may be framed by any site, and nothing else in its policy differs from the public pages';
 * every other page still refuses to be framed. The same in the nginx configuration and the _headers file.
 */
class EmbedHeadersTest {

    @Test
    void embedPagesAllowFramingAndNothingElse() {
        for (String path : List.of("/tien-do/gl-5g/embed/", "/en/progress/gl-5g/embed/index.html")) {
            Map<String, String> h = HostHeaders.forPath(path);
            String csp = h.get("Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors *"), path + ": " + csp);
            assertEquals(HostHeaders.CSP, csp.replace("frame-ancestors *", "frame-ancestors 'none'"),
                    "only frame-ancestors differs from the public policy");
            assertFalse(csp.contains("unsafe"), csp);
            assertNull(h.get("X-Frame-Options"), "X-Frame-Options would forbid the frame");
        }
    }

    @Test
    void everyOtherPageStillRefusesToBeFramed() {
        for (String path : List.of("/", "/tien-do/gl-5g/", "/en/progress/gl-5g/", "/tien-do/gl-5g/chart.svg", "/embedded/")) {
            Map<String, String> h = HostHeaders.forPath(path);
            assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", h.get("X-Frame-Options"), path);
        }
    }

    @Test
    void nginxAndHeadersFileGiveEmbedPagesTheirPolicy() {
        String nginx = HostHeaders.nginxServer("example.org", 80, "/srv/site");
        int at = nginx.indexOf("location ~ \"/embed/");
        assertTrue(at > 0, nginx);
        String block = nginx.substring(at, nginx.indexOf("    }\n", at));
        assertTrue(block.contains("Content-Security-Policy \"" + HostHeaders.EMBED_CSP + "\""), block);
        assertFalse(block.contains("X-Frame-Options"), block);
        String headers = HostHeaders.headersFile(List.of("/tien-do/gl-5g/embed/"));
        assertTrue(headers.contains("/tien-do/gl-5g/embed/\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: "
                + HostHeaders.EMBED_CSP + "\n"), headers);
    }
}
