package vn.gialai.cds.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where `./site publish` puts the checked site: a folder on this machine (the web server's root, e.g. /var/www/gialai)
 * or an rsync destination over ssh (user@host:/var/www/gialai).
 *
 * @param spec        the target as it was written
 * @param remote      true for an rsync destination, false for a local folder
 */
public record PublishTarget(String spec, boolean remote) {
    /** host:path or user@host:path, as rsync and scp write it; a Windows drive letter (C:\…) is a local folder. */
    private static final Pattern REMOTE = Pattern.compile("^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9._-]{2,}:.*");

    public static PublishTarget parse(String spec) {
        String s = spec.strip();
        return new PublishTarget(s, REMOTE.matcher(s).matches());
    }

    public Path folder() {
        if (remote) throw new IllegalStateException(spec + " is not a local folder");
        return Path.of(spec).toAbsolutePath().normalize();
    }

    /**
     * The rsync command that copies the site's contents to a destination: archive mode, files gone from the site
     * deleted there, and every changed file moved into place only at the end (--delay-updates), so a reader never
     * meets half a page. Over ssh for a remote destination.
     */
    public static List<String> rsyncCommand(Path site, String destination) {
        String dest = destination.endsWith("/") ? destination : destination + "/";
        return List.of("rsync", "-a", "--delete", "--delay-updates", "-e", "ssh", site.toString() + "/", dest);
    }

    @Override
    public String toString() { return spec; }
}
