package vn.gialai.cds.publish;

import vn.gialai.cds.files.AtomicFiles;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host's configuration, from HostHeaders: _headers inside the site, deploy/nginx.conf beside the output folder. */
public final class HostFiles {
    /** built: the new site's files, some perhaps kept from the last one (files/BuiltFiles); _headers goes into its staging. */
    public static void write(vn.gialai.cds.files.BuiltFiles built, Path out, String siteUrl) throws IOException {
        Path staging = built.staging();
        java.util.List<String> embeds = built.unsorted().stream().filter(f -> f.equals("embed/index.html") || f.endsWith("/embed/index.html"))
                .map(f -> "/" + f.substring(0, f.length() - "index.html".length())).sorted().toList();
        Files.writeString(staging.resolve("_headers"), HostHeaders.headersFile(embeds), StandardCharsets.UTF_8);
        Path deploy = out.resolveSibling("deploy");
        Files.createDirectories(deploy);
        // beside the output folder, shared by builds into sibling folders: written whole or not at all
        AtomicFiles.write(deploy.resolve("nginx.conf"), HostHeaders.nginxServer(URI.create(siteUrl).getHost(), 80, out.toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HostFiles() {}
}
