package vn.gialai.cds.publish;

import vn.gialai.cds.files.BuildLock;
import vn.gialai.cds.files.SiteSwap;
import vn.gialai.cds.files.WriteFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Copies a built and checked site to its publish target. A local folder is filled aside (a sibling
 * "&lt;name&gt;.staging" folder) and then swapped into place by rename ({@link Publisher#publish}), so a reader meets
 * either the old site or the new one; an rsync destination is updated with {@link PublishTarget#rsyncCommand}.
 */
public final class SitePublisher {

    /** The reason a publish failed, in one line. */
    public static final class PublishFailure extends Exception {
        public PublishFailure(String message) { super(message); }
    }

    public static void publish(Path site, PublishTarget target) throws PublishFailure {
        publish(site, target, BuildLock.Wait.bounded("publish", java.time.Duration.ofSeconds(BuildLock.DEFAULT_WAIT_SECONDS)));
    }

    /** The same; a local folder is written holding its own lock (files/BuildLock), waiting for it as wait says. */
    public static void publish(Path site, PublishTarget target, BuildLock.Wait wait) throws PublishFailure {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new PublishFailure(site + " holds no built site (no index.html): nothing was published.");
        }
        if (target.remote()) {
            rsync(site, target.spec());
            return;
        }
        Path folder = target.folder();
        if (folder.getParent() == null) throw new PublishFailure("The publish target cannot be the root folder '" + folder + "'.");
        try (BuildLock lock = BuildLock.acquire(folder, wait)) {
            SiteSwap.recover(folder).forEach(wait.onStale());
            toFolder(site, folder);
        } catch (BuildLock.Busy b) {
            throw new PublishFailure(b.msg().in(vn.gialai.cds.vocabulary.Language.EN));
        } catch (IOException e) {
            throw new PublishFailure("Could not publish to " + folder + ": " + WriteFailure.explain(e, folder).in(vn.gialai.cds.vocabulary.Language.EN));
        }
    }

    static void toFolder(Path site, Path folder) throws PublishFailure {
        Path src = site.toAbsolutePath().normalize();
        if (folder.startsWith(src) || src.startsWith(folder)) {
            throw new PublishFailure("The publish target " + folder + " overlaps the built site " + src + ": choose a folder outside it.");
        }
        if (folder.getParent() == null) throw new PublishFailure("The publish target cannot be the root folder '" + folder + "'.");
        Path staging = Publisher.stagingFor(folder);
        try {
            Files.createDirectories(folder.getParent());
            Publisher.deleteTree(staging);
            copyTree(src, staging);
            Publisher.publish(staging, folder);
        } catch (IOException e) {
            try { Publisher.deleteTree(staging); } catch (IOException ignored) { /* the message below says what failed */ }
            throw new PublishFailure("Could not publish to " + folder + ": " + WriteFailure.explain(e, folder).in(vn.gialai.cds.vocabulary.Language.EN));
        }
    }

    /** Runs rsync (with {@link PublishTarget#rsyncCommand}'s arguments) to a destination, local or over ssh. */
    public static void rsync(Path site, String destination) throws PublishFailure {
        List<String> command = PublishTarget.rsyncCommand(site.toAbsolutePath().normalize(), destination);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new PublishFailure("rsync to " + destination + " did not finish in 30 minutes and was stopped.");
            }
            if (p.exitValue() != 0) {
                throw new PublishFailure("rsync to " + destination + " failed (exit " + p.exitValue()
                        + "; its own message is above). Check the address, the SSH key and that the folder exists there.");
            }
        } catch (IOException e) {
            throw new PublishFailure("rsync could not be started (" + e.getMessage() + "): install it (apt-get install -y rsync).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailure("Publishing to " + destination + " was interrupted.");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private SitePublisher() {}
}
