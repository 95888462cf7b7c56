package vn.gialai.cds.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTTP headers the site is meant to be served with, in one place: written out as an nginx server block and
 * a _headers file (Netlify, Cloudflare Pages), and sent by the test server, so the browser tests run under the
 * same Content-Security-Policy the public will.
 */
public final class HostHeaders {
    /** No inline script or style anywhere; JSON-LD blocks are data, which the policy does not run. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; upgrade-insecure-requests";
    /**
     * The editors' CMS at /admin/ only (Decap CMS): its React interface sets inline styles, its bundle uses eval-like
     * code paths (new Function) for some widgets, previews uploaded photos as blob: URLs (and reads them back with fetch to upload them), and talks to the forge's API
     * (GitHub, GitLab, a Gitea host) and, on the editor's own machine, to the local decap-server. The public pages keep
     * {@link #CSP}; nothing of the public site loads from /admin/.
     */
    public static final String ADMIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
            + "connect-src 'self' blob: https: http://localhost:* http://127.0.0.1:*; "
            + "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    public static final String ADMIN = "/admin/";
    /**
     * An indicator's embed page (…/embed/): the public policy, except that any site may show it in a frame
     * (frame-ancestors *) and no X-Frame-Options; everything it loads still comes from this site only.
     */
    public static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *");
    /** The addresses of the embed pages: the folder and its index.html. */
    public static final Pattern EMBED = Pattern.compile(".*/embed/(index\\.html)?$");
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String REVALIDATE = "no-cache";
    public static final String IMAGES = "public, max-age=86400";
    /** Files whose name carries their content hash: site.3f9a1c20de.css, share.b86512207a.js. */
    public static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-f]{10}\\.(css|js)$");

    public static Map<String, String> security() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        return h;
    }

    /** Every header for one path of the site. */
    public static Map<String, String> forPath(String path) {
        Map<String, String> h = security();
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.startsWith(ADMIN) || p.equals("/admin")) {
            h.put("Content-Security-Policy", ADMIN_CSP);
            h.put("X-Robots-Tag", "noindex");
            h.put("Cache-Control", REVALIDATE);
            return h;
        }
        if (EMBED.matcher(p).matches()) {
            h.put("Content-Security-Policy", EMBED_CSP);
            h.remove("X-Frame-Options");
        }
        if (FINGERPRINTED.matcher(p).matches()) h.put("Cache-Control", IMMUTABLE);
        else if (p.matches(".*\\.(png|jpe?g|webp|svg|ico)$")) h.put("Cache-Control", IMAGES);
        else h.put("Cache-Control", REVALIDATE);
        return h;
    }

    /** The nginx server block; root is the folder holding the published site. */
    public static String nginxServer(String serverName, int port, String root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Made by the site's build (HostHeaders.java). Serve target/site with these headers.\n")
          .append("# Put behind TLS (listen 443 ssl …) in production: Strict-Transport-Security assumes HTTPS.\n")
          .append("server {\n")
          .append("    listen ").append(port).append(";\n")
          .append("    server_name ").append(serverName).append(";\n")
          .append("    root ").append(root).append(";\n")
          .append("    index index.html;\n")
          .append("    charset utf-8;\n")
          .append("    charset_types text/css application/javascript application/json application/xml application/atom+xml;\n")
          .append("    gzip on;\n")
          .append("    gzip_types text/css application/javascript application/json application/xml application/atom+xml image/svg+xml;\n")
          .append("    error_page 404 /404.html;\n");
        adminLocation(sb);
        embedLocation(sb);
        location(sb, "~* \"\\.[0-9a-f]{10}\\.(css|js)$\"", IMMUTABLE, null);
        location(sb, "~* \\.(png|jpe?g|webp|svg|ico)$", IMAGES, null);
        location(sb, "/en/", REVALIDATE, "/en/404.html");
        location(sb, "/", REVALIDATE, null);
        sb.append("}\n");
        return sb.toString();
    }

    /** nginx drops the server's add_header lines in a location that has its own, so each location lists them all. */
    private static void location(StringBuilder sb, String match, String cache, String notFound) {
        sb.append("    location ").append(match).append(" {\n");
        if (notFound != null) sb.append("        error_page 404 ").append(notFound).append(";\n");
        sb.append("        try_files $uri $uri/ =404;\n");
        for (var e : security().entrySet()) {
            sb.append("        add_header ").append(e.getKey()).append(" \"").append(e.getValue()).append("\" always;\n");
        }
        sb.append("        add_header Cache-Control \"").append(cache).append("\" always;\n");
        sb.append("    }\n");
    }

    /** /admin/ (the editors' CMS): its own policy, never cached, never indexed; matched before the other locations. */
    private static void adminLocation(StringBuilder sb) {
        sb.append("    location ^~ ").append(ADMIN).append(" {\n");
        sb.append("        try_files $uri $uri/ =404;\n");
        for (var e : forPath(ADMIN).entrySet()) {
            sb.append("        add_header ").append(e.getKey()).append(" \"").append(e.getValue()).append("\" always;\n");
        }
        sb.append("    }\n");
    }

    /** The embed pages: framing allowed; a regular expression, so it is matched before the prefix locations. */
    private static void embedLocation(StringBuilder sb) {
        sb.append("    location ~ \"/embed/(index\\.html)?$\" {\n");
        sb.append("        try_files $uri $uri/ =404;\n");
        for (var e : forPath("/tien-do/x/embed/").entrySet()) {
            sb.append("        add_header ").append(e.getKey()).append(" \"").append(e.getValue()).append("\" always;\n");
        }
        sb.append("    }\n");
    }

    /** The _headers file of Netlify and Cloudflare Pages (they make HTML revalidate by themselves). */
    public static String headersFile() { return headersFile(java.util.List.of()); }

    /** The same, with a rule for each embed page (their addresses from the site root, "/tien-do/gl-5g/embed/"). */
    public static String headersFile(java.util.List<String> embedPaths) {
        StringBuilder sb = new StringBuilder("# Made by the site's build (HostHeaders.java), for Netlify or Cloudflare Pages.\n/*\n");
        for (var e : security().entrySet()) sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        for (String dir : new String[]{"/assets/css/*", "/assets/js/*"}) {
            sb.append(dir).append("\n  Cache-Control: ").append(IMMUTABLE).append('\n');
        }
        sb.append("/*.png\n  Cache-Control: ").append(IMAGES).append('\n');
        // Netlify and Cloudflare Pages join the headers of every matching rule; "! Content-Security-Policy" first
        // drops the public pages' policy from /admin/ so that only the CMS's applies there.
        sb.append(ADMIN).append("*\n  ! Content-Security-Policy\n  Content-Security-Policy: ").append(ADMIN_CSP)
          .append("\n  X-Robots-Tag: noindex\n");
        for (String path : embedPaths) {
            sb.append(path).append("\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ")
              .append(EMBED_CSP).append('\n');
        }
        return sb.toString();
    }

    private HostHeaders() {}
}
