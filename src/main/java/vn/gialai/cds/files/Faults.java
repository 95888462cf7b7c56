package vn.gialai.cds.files;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * The build's fault-injection point, for the tests only: with the system property {@code site.fault=<kind>@<stage>}
 * the build meets, at that named stage, the failure an editor's machine could give it, and must leave the last good
 * site whole and name the real cause. Kinds: {@code disk-full} (the disk fills), {@code read-only} (the folder cannot
 * be written), {@code out-of-memory} (the Java heap runs out), {@code pause} (the build stops there for a minute, so a test can kill it at that exact moment).
 * Stages: {@code staging} (the first file of the new site), {@code outputs} (after the pages), {@code swap} (before the
 * old site is moved aside), {@code swap-between} (old site aside, new one not yet in), {@code swap-after} (new site in,
 * old one not yet deleted); for a rebuild that publishes only its changes (files/SiteOverlay): {@code journal} (before
 * the journal is written), {@code journal-between} (half the changed files moved in). Without the property nothing happens.
 */
public final class Faults {
    public static final String PROPERTY = "site.fault";

    public static void at(String stage, java.nio.file.Path where) throws IOException {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) return;
        int at = spec.indexOf('@');
        if (at < 0 || !spec.substring(at + 1).equals(stage)) return;
        String file = where == null ? null : where.toString();
        switch (spec.substring(0, at)) {
            case "disk-full" -> throw new FileSystemException(file, null, "No space left on device");
            case "read-only" -> throw new FileSystemException(file, null, "Read-only file system");
            case "out-of-memory" -> throw new OutOfMemoryError("Java heap space (" + PROPERTY + ")");
            case "pause" -> {
                System.out.println("fault: paused at " + stage);
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> throw new IllegalArgumentException(PROPERTY + "=" + spec + ": unknown kind");
        }
    }

    private Faults() {}
}
