package vn.gialai.cds.publish;

import vn.gialai.cds.files.AtomicFiles;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host's configuration, from HostHeaders: _headers inside the site, deploy/nginx.conf beside the output folder. */
public final class HostFiles {
    /**
     * @param staging where the new site is written (_headers goes into it)
     * @param pages   every page of the new site (its HTML files, by path in the output, some perhaps kept from the last
     *                site): the checks' list (checks/OutputSite#pageList), not the folder walked again
     */
    public static void write(Path staging, java.util.Collection<String> pages, Path out, String siteUrl) throws IOException {
        // by the one rule of what an embed page's address is (HostHeaders.EMBED), as the nginx block gives its headers
        java.util.List<String> embeds = pages.stream().map(f -> "/" + f).filter(a -> HostHeaders.EMBED.matcher(a).matches())
                .map(a -> a.substring(0, a.length() - "index.html".length())).sorted().toList();
        Files.writeString(staging.resolve("_headers"), HostHeaders.headersFile(embeds), StandardCharsets.UTF_8);
        Path deploy = out.resolveSibling("deploy");
        Files.createDirectories(deploy);
        // beside the output folder, shared by builds into sibling folders: written whole or not at all
        AtomicFiles.write(deploy.resolve("nginx.conf"), HostHeaders.nginxServer(URI.create(siteUrl).getHost(), 80, out.toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HostFiles() {}
}
