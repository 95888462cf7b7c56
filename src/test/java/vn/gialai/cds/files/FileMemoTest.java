package vn.gialai.cds.files;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cache file kept in memory (files/FileMemo) is read from the disk again whenever the file there is another one: written
 * by another process (a rename, as every cache is written), changed in place, deleted; and taken from memory otherwise,
 * including right after this process wrote it.
 */
class FileMemoTest {
    @Test
    void readAgainWhenTheFileIsAnotherOne() throws Exception {
        Path file = Temp.dir("file-memo-").resolve("cache.txt");
        FileMemo<String> memo = new FileMemo<>();
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Function<Path, String> reader = f -> {
            reads.incrementAndGet();
            try {
                return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
            } catch (java.io.IOException e) {
                return "";
            }
        };

        AtomicFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
        assertEquals("one", memo.read(file, reader));
        assertEquals("one", memo.read(file, reader));
        assertEquals(1, reads.get(), "the same file: taken from memory");

        AtomicFiles.write(file, "two".getBytes(StandardCharsets.UTF_8)); // as another process writes it
        assertEquals("two", memo.read(file, reader));
        assertEquals(2, reads.get(), "replaced: read again");

        Files.writeString(file, "three, longer", StandardCharsets.UTF_8); // changed in place
        assertEquals("three, longer", memo.read(file, reader));
        assertEquals(3, reads.get(), "changed in place: read again");

        AtomicFiles.write(file, "four".getBytes(StandardCharsets.UTF_8));
        memo.wrote(file, "four");
        assertEquals("four", memo.read(file, reader));
        assertEquals(3, reads.get(), "written by this process: taken from memory");

        Files.delete(file);
        assertEquals("", memo.read(file, reader));
        assertEquals(4, reads.get(), "deleted: read (as missing)");
    }
}
