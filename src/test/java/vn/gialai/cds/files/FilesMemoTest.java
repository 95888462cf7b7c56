package vn.gialai.cds.files;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What was made from a folder's files (files/FilesMemo: the preview's data and indicators) is made again whenever any
 * file under the folder is another one: saved, added, removed, or saved just now; and taken from memory otherwise.
 */
class FilesMemoTest {
    @Test
    void madeAgainWhenAnyFileUnderTheFolderChanges() throws Exception {
        Path folder = Temp.dir("files-memo-");
        Path a = folder.resolve("a.json");
        Path b = folder.resolve("sub/b.json");
        Files.createDirectories(b.getParent());
        Files.writeString(a, "a", StandardCharsets.UTF_8);
        Files.writeString(b, "b", StandardCharsets.UTF_8);
        longAgo(a, b);
        FilesMemo<String> memo = new FilesMemo<>();
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> reader = () -> {
            reads.incrementAndGet();
            try (var s = Files.walk(folder)) {
                return String.join(",", s.filter(Files::isRegularFile).sorted().map(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        return "?";
                    }
                }).toList());
            } catch (java.io.IOException e) {
                return "";
            }
        };

        assertEquals("a,b", memo.read(folder, reader, v -> true));
        assertEquals("a,b", memo.read(folder, reader, v -> true));
        assertEquals(1, reads.get(), "the same files: taken from memory");

        Files.writeString(b, "B2", StandardCharsets.UTF_8); // saved in a folder below, just now
        assertEquals("a,B2", memo.read(folder, reader, v -> true));
        assertEquals("a,B2", memo.read(folder, reader, v -> true));
        assertEquals(3, reads.get(), "saved within the last two seconds: read again until it has settled");

        longAgo(b);
        memo.read(folder, reader, v -> true);
        memo.read(folder, reader, v -> true);
        assertEquals(4, reads.get(), "settled: taken from memory");

        Path c = folder.resolve("c.json");
        Files.writeString(c, "c", StandardCharsets.UTF_8);
        longAgo(c);
        assertEquals("a,c,B2", memo.read(folder, reader, v -> true)); // sub/b.json sorts after c.json
        assertEquals(5, reads.get(), "a file added: read again");

        Files.delete(c);
        assertEquals("a,B2", memo.read(folder, reader, v -> false));
        assertEquals("a,B2", memo.read(folder, reader, v -> true));
        assertEquals(7, reads.get(), "a file removed: read again; a value not to keep: read again next time");
    }

    private static void longAgo(Path... files) throws java.io.IOException {
        for (Path f : files) Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }
}
