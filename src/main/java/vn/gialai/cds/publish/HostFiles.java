package vn.gialai.cds.publish;

import vn.gialai.cds.files.AtomicFiles;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host's configuration, from HostHeaders: _headers inside the site, deploy/nginx.conf beside the output folder. */
public final class HostFiles {
    public static void write(Path staging, Path out, String siteUrl) throws IOException {
        java.util.List<String> embeds;
        try (java.util.stream.Stream<Path> files = Files.walk(staging)) {
            embeds = files.filter(f -> f.endsWith(Path.of("embed", "index.html")))
                    .map(f -> "/" + staging.relativize(f.getParent()).toString().replace('\\', '/') + "/").sorted().toList();
        }
        Files.writeString(staging.resolve("_headers"), HostHeaders.headersFile(embeds), StandardCharsets.UTF_8);
        Path deploy = out.resolveSibling("deploy");
        Files.createDirectories(deploy);
        // beside the output folder, shared by builds into sibling folders: written whole or not at all
        AtomicFiles.write(deploy.resolve("nginx.conf"), HostHeaders.nginxServer(URI.create(siteUrl).getHost(), 80, out.toString())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HostFiles() {}
}
