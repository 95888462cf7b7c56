package vn.gialai.cds.files;

import vn.gialai.cds.problems.Msg;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * How a new site takes the place of the old one so that a build killed at any moment leaves one of the two whole:
 * the new site is written into its own staging folder beside the output ("site.staging"); then the old site is moved
 * aside ("site.previous"), the new one renamed in, and the old one deleted after. Each step is a rename within one
 * folder (atomic on every file system the site is built on). {@link #recover} puts right what a killed build left:
 * an unfinished staging folder is deleted, and an old site left aside is either deleted (the new one is in place) or
 * renamed back (it is the only whole site there is). A rebuild that changed only a few files publishes them in place
 * instead (files/SiteOverlay), and what such a build left half done is finished here, before anything else.
 */
public final class SiteSwap {
    public static Path staging(Path out) { return out.resolveSibling(out.getFileName() + ".staging"); }

    public static Path aside(Path out) { return out.resolveSibling(out.getFileName() + ".previous"); }

    /** Puts the output folder right after a killed build; returns what it did, one message each (empty: nothing to do). */
    public static List<Msg> recover(Path out) throws IOException {
        List<Msg> done = new ArrayList<>();
        Path staging = staging(out);
        Path aside = aside(out);
        // a rebuild stopped while it published its changed files (files/SiteOverlay): finished first, from staging
        if (SiteOverlay.finish(staging, out)) done.add(Msg.of("recover.journal", out.getFileName()));
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(staging);
            done.add(Msg.of("recover.staging", staging.getFileName()));
        }
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(aside);
                done.add(Msg.of("recover.aside", aside.getFileName()));
            } else {
                Files.move(aside, out, StandardCopyOption.ATOMIC_MOVE);
                done.add(Msg.of("recover.restored", out.getFileName(), aside.getFileName()));
            }
        }
        return done;
    }

    /** The staging folder takes the output's place; the old site is deleted only once the new one is in. */
    public static void swap(Path staging, Path out) throws IOException {
        Path aside = aside(out);
        Faults.at("swap", out);
        deleteTree(aside);
        boolean hadOld = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (hadOld) Files.move(out, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Faults.at("swap-between", out);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (hadOld && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) Files.move(aside, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        Faults.at("swap-after", out);
        deleteTree(aside);
    }

    /**
     * Deletes a folder and everything in it; a symbolic link is removed, never followed. Nothing there: nothing done.
     * The folders at its top (a site's two languages, its assets) are deleted on both cores: removing thousands of
     * files is most of what replacing a site costs.
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> top;
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                top = s.toList();
            }
            try {
                top.parallelStream().forEach(p -> {
                    try {
                        deleteSerially(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
        deleteSerially(dir);
    }

    private static void deleteSerially(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private SiteSwap() {}
}
