package vn.gialai.cds.delivery;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ./site's class data sharing archive, run with a stand-in for java that writes down its options: the first build
 * after the jar changed runs without one and writes none (it renders every page, with classes the usual build never
 * loads); the second writes it, if it goes through; later runs use it; a new jar starts again.
 */
class ClassDataSharingTest {

    @Test
    void theSecondBuildAfterTheJarChangedWritesTheArchiveAndLaterRunsUseIt() throws Exception {
        Path dir = Temp.dir("cds-script-");
        Files.copy(Path.of("site"), dir.resolve("site"));
        Files.copy(Path.of("jvm.options"), dir.resolve("jvm.options"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(dir.resolve("src/main"));
        Path target = Files.createDirectories(dir.resolve("target"));
        Files.writeString(target.resolve("runtime-classpath.txt"), "lib.jar\n");
        Files.writeString(target.resolve("site.jar"), "jar\n");
        Instant old = Instant.now().minusSeconds(3600);
        for (Path p : List.of(dir.resolve("pom.xml"), dir.resolve("src/main"), target.resolve("site.jar"))) {
            Files.setLastModifiedTime(p, FileTime.from(old));
        }
        Files.writeString(target.resolve(".compiled"), "");
        Files.setLastModifiedTime(target.resolve(".compiled"), FileTime.from(old.plusSeconds(60)));
        // java: writes down its options; an archive asked for at exit is written as the real one would be
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("java.log");
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}";; esac; done
                exit "${STAND_IN_EXIT:-0}"
                """.formatted(log), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("site"), PosixFilePermissions.fromString("rwxr-xr-x"));

        String first = run(dir, bin, log);
        assertFalse(first.contains("ArchiveClassesAtExit") || first.contains("SharedArchiveFile"), first);
        assertTrue(Files.exists(target.resolve("site.jsa.next")), "the first build leaves the mark");
        assertFalse(Files.exists(target.resolve("site.jsa")));

        // a second build stopped by a problem in the content loaded only a part of the classes: its archive is not kept
        String failed = run(dir, bin, log, 1);
        assertTrue(failed.contains("-XX:ArchiveClassesAtExit=target/site.jsa."), failed);
        assertFalse(Files.exists(target.resolve("site.jsa")), "no archive from a build that failed");
        try (var left = Files.list(target)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("site.jsa.") && !p.getFileName().toString().equals("site.jsa.next")).toList());
        }
        assertTrue(Files.exists(target.resolve("site.jsa.next")), "the next build tries again");

        String second = run(dir, bin, log);
        assertTrue(second.contains("-XX:ArchiveClassesAtExit=target/site.jsa."), second);
        assertTrue(Files.exists(target.resolve("site.jsa")), "the second build writes the archive");
        assertFalse(Files.exists(target.resolve("site.jsa.next")));

        String third = run(dir, bin, log);
        assertTrue(third.contains("-XX:SharedArchiveFile=target/site.jsa"), third);
        assertFalse(third.contains("ArchiveClassesAtExit"), third);

        // a new jar: the archive is of other classes; the next build starts again from the first step
        Files.setLastModifiedTime(target.resolve("site.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        String fourth = run(dir, bin, log);
        assertFalse(fourth.contains("ArchiveClassesAtExit") || fourth.contains("SharedArchiveFile"), fourth);
        assertFalse(Files.exists(target.resolve("site.jsa")), "the archive of the old jar is gone");
    }

    /** ./site build with the stand-in java first on the PATH; its options for this run. */
    private static String run(Path dir, Path bin, Path log) throws Exception {
        return run(dir, bin, log, 0);
    }

    private static String run(Path dir, Path bin, Path log, int exit) throws Exception {
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(dir.resolve("site").toString(), "build").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("STAND_IN_EXIT", Integer.toString(exit));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exit, p.waitFor(), out);
        return Files.readString(log).strip();
    }
}
