package vn.gialai.cds.files;

import org.junit.jupiter.api.Test;
import vn.gialai.cds.support.Temp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cache file (files/CheckedFile, its body in files/CacheData's form) reads back what was written, and is not used
 * when it is half-written, edited, of another kind or damaged; and it is written again only when enough changed.
 */
class CheckedFileTest {
    private static final List<String> TEXTS = Arrays.asList("Tỉnh Gia Lai", "", null, "a\nb\tc", "x".repeat(100_000));

    private static void write(Path file, String kind) throws Exception {
        CheckedFile.write(file, kind, body -> {
            CacheData.Out out = new CacheData.Out(body);
            out.texts(TEXTS);
            out.number(Long.MIN_VALUE);
            out.integer(-7);
            out.flush();
        });
    }

    private static List<String> read(Path file, String kind) {
        return CheckedFile.read(file, kind, body -> {
            CacheData.In in = new CacheData.In(body);
            List<String> texts = in.texts();
            if (in.number() != Long.MIN_VALUE || in.integer() != -7) return null;
            return in.atEnd() ? texts : null;
        });
    }

    @Test
    void whatIsWrittenIsReadBackAndNothingElseIsUsed() throws Exception {
        Path file = Temp.dir("checked-file-").resolve("cache.txt");
        assertNull(read(file, "test 1"), "no file");
        write(file, "test 1");
        assertEquals(TEXTS, read(file, "test 1"));
        assertNull(read(file, "test 2"), "another kind (format or code)");

        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 1));
        assertNull(read(file, "test 1"), "half-written");
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        Files.writeString(file, text.replace("Gia Lai", "Gia Laj"), StandardCharsets.ISO_8859_1);
        assertNull(read(file, "test 1"), "edited, its length kept: the checksum differs");
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertNull(read(file, "test 1"), "a byte more");
        Files.writeString(file, "test 1 00000000-000000000000\n", StandardCharsets.UTF_8);
        assertNull(read(file, "test 1"), "no body");
        Files.write(file, whole);
        assertEquals(TEXTS, read(file, "test 1"), "whole again");
    }

    @Test
    void aFewEntriesChangedLeaveTheFileAsItIs() {
        assertTrue(CheckedFile.worthWriting(0, 1, 0), "no file yet");
        assertFalse(CheckedFile.worthWriting(0, 0, 0), "nothing to write");
        assertFalse(CheckedFile.worthWriting(7440, 1, 1), "one page changed");
        assertFalse(CheckedFile.worthWriting(7440, CheckedFile.UNSAVED_MAX, 0));
        assertTrue(CheckedFile.worthWriting(7440, CheckedFile.UNSAVED_MAX + 1, 0), "many pages changed");
        assertFalse(CheckedFile.worthWriting(7440, 0, 744), "a tenth no longer used");
        assertTrue(CheckedFile.worthWriting(7440, 0, 745), "more than a tenth no longer used");
        assertTrue(CheckedFile.worthWriting(10, 0, CheckedFile.UNSAVED_MAX + 1), "more than UNSAVED_MAX no longer used");
    }
}
