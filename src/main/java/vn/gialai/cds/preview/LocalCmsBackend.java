package vn.gialai.cds.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decap CMS's local server (decap-server, from node_modules) started with the preview, so that /admin/ edits the
 * checkout's own files with no forge account: the CMS finds it on localhost:8081 (`local_backend: true` in
 * admin/config.yml) and writes content/ and assets/images/, which the preview rebuilds at once. File-system mode:
 * saving writes the file (no branches); `MODE=git npx decap-server`, started by hand instead, keeps the editorial
 * workflow with local branches. Stopped with the preview.
 */
public final class LocalCmsBackend {
    public static final int PORT = 8081;
    private static final String SCRIPT = "node_modules/decap-server/dist/index.js";

    private LocalCmsBackend() {}

    /** Starts it when it is installed and the port is free; says what it did either way. Returns the process or null. */
    public static Process start(Path project, PrintStream out) {
        Path script = project.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            out.println("note: /admin/ (the editors' CMS) needs npm ci in the project folder first");
            return null;
        }
        if (listening()) {
            out.println("note: something already listens on localhost:" + PORT + "; /admin/ will use it as its local server");
            return null;
        }
        try {
            ProcessBuilder pb = new ProcessBuilder("node", script.toString()).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PORT", Integer.toString(PORT));
            pb.environment().put("BIND_HOST", "127.0.0.1");
            pb.environment().put("MODE", "fs");
            pb.environment().put("GIT_REPO_DIRECTORY", project.toString());
            Process p = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p;
        } catch (IOException e) {
            out.println("note: /admin/ could not start its local server (node: " + e.getMessage()
                    + "); run npx decap-server in the project folder");
            return null;
        }
    }

    private static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
