package vn.gialai.cds.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /admin/ (the editors' CMS) has its own policy; every public page keeps the strict one, in all three places. */
class AdminHeadersTest {
    @Test
    void thePublicPagesKeepTheirPolicyAndOnlyAdminGetsTheCmsOne() {
        for (String path : new String[]{"/", "/en/", "/tin-tuc/", "/assets/css/site.0123456789.css", "/administration/"}) {
            assertEquals(HostHeaders.CSP, HostHeaders.forPath(path).get("Content-Security-Policy"), path);
        }
        assertEquals(HostHeaders.ADMIN_CSP, HostHeaders.forPath("/admin/").get("Content-Security-Policy"));
        assertEquals(HostHeaders.ADMIN_CSP, HostHeaders.forPath("/admin/decap-cms.js").get("Content-Security-Policy"));
        assertEquals("noindex", HostHeaders.forPath("/admin/").get("X-Robots-Tag"));
        assertFalse(HostHeaders.CSP.contains("unsafe"), "the public policy allows nothing unsafe");
    }

    @Test
    void nginxAndHeadersFileGiveAdminItsOwnPolicy() {
        String nginx = HostHeaders.nginxServer("example.org", 80, "/srv/site");
        int admin = nginx.indexOf("location ^~ /admin/ {");
        assertTrue(admin > 0, nginx);
        String block = nginx.substring(admin, nginx.indexOf('}', admin));
        assertTrue(block.contains(HostHeaders.ADMIN_CSP), block);
        assertFalse(block.contains("\"" + HostHeaders.CSP + "\""), block);
        String headers = HostHeaders.headersFile();
        assertTrue(headers.contains("/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: " + HostHeaders.ADMIN_CSP), headers);
    }
}
