package vn.gialai.cds.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file that knows whether it is whole and whose it is: one first line, "&lt;kind&gt; &lt;checksum&gt;", then the body.
 * The kind names the file's format and the code that wrote it (files/CodeFingerprint); the checksum (Hashes#checksum:
 * CRC32C and length) is that of the body. A file whose first line does not match in every part (half-written, of
 * another version of the code, edited by hand) is not used.
 *
 * <p>Both ways are streamed, so the tens of megabytes of a large cache are never held as bytes beside what they hold:
 * the checksum is computed as the body is parsed (and nothing parsed is used unless it matches), and written after
 * room for the first line, which is filled in last (the checksum has a fixed width). Written through files/AtomicFiles.
 */
public final class CheckedFile {
    public interface BodyReader<T> { T read(InputStream body) throws IOException; }

    public interface BodyWriter { void write(OutputStream body) throws IOException; }

    /**
     * What parse makes of the body of this file when its first line names this kind and the body's checksum; null when
     * the file is missing, unreadable, of another kind or not whole, or parse fails. parse may stop before the end: the
     * rest is read into the checksum all the same.
     */
    public static <T> T read(Path file, String kind, BodyReader<T> parse) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            for (int b = raw.read(); b != '\n'; b = raw.read()) {
                if (b < 0 || first.size() > 1024) return null;
                first.write(b);
            }
            String head = first.toString(StandardCharsets.UTF_8);
            if (!head.startsWith(kind + " ")) return null;
            CRC32C crc = new CRC32C();
            long[] length = {0};
            InputStream body = new CheckedInputStream(raw, crc) {
                @Override public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) length[0]++;
                    return b;
                }

                @Override public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) length[0] += n;
                    return n;
                }
            };
            T value = parse.read(new FilterInputStream(body) {
                @Override public void close() { } // the rest is still read below, into the checksum
            });
            body.transferTo(OutputStream.nullOutputStream());
            return head.equals(head(kind, crc.getValue(), length[0])) ? value : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or damaged: as if there were no cache
        }
    }

    /** Writes the file whole (through files/AtomicFiles): the first line for this kind, then what body writes. */
    public static void write(Path file, String kind, BodyWriter body) throws IOException {
        int headLength = (head(kind, 0, 0) + "\n").getBytes(StandardCharsets.UTF_8).length;
        AtomicFiles.write(file, tmp -> {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                channel.position(headLength);
                CRC32C crc = new CRC32C();
                long[] length = {0};
                OutputStream out = new CheckedOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), crc) {
                    @Override public void write(int b) throws IOException {
                        super.write(b);
                        length[0]++;
                    }

                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        super.write(b, off, len);
                        length[0] += len;
                    }
                };
                body.write(new FilterOutputStream(out) {
                    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                    @Override public void close() throws IOException { flush(); } // the channel is closed below
                });
                out.flush();
                ByteBuffer h = ByteBuffer.wrap((head(kind, crc.getValue(), length[0]) + "\n").getBytes(StandardCharsets.UTF_8));
                for (long at = 0; h.hasRemaining(); ) at += channel.write(h, at);
            }
        });
    }

    /**
     * How many entries a build may have found that its cache file does not hold, or the file may hold that the build
     * no longer needs, before the file is written again. A file is written whole, tens of megabytes at thousands of
     * articles, in a few hundred milliseconds; the next build derives a few missing entries again in a few
     * milliseconds (a body rendered, a page parsed). So a build after one change leaves the file as it is.
     */
    public static final int UNSAVED_MAX = 64;

    /**
     * Whether a cache is worth writing: there is nothing on the disk yet (and something to write), or more than
     * {@link #UNSAVED_MAX} entries are missing from the file, or more than that (and a tenth of it) are no longer used.
     *
     * @param known   the entries the file held when this build read it (0: no file, or one not used)
     * @param added   the entries this build found that the file does not hold
     * @param dropped the entries the file holds that this build did not use
     */
    public static boolean worthWriting(int known, int added, int dropped) {
        if (known == 0) return added > 0;
        return added > UNSAVED_MAX || dropped > Math.max(UNSAVED_MAX, known / 10);
    }

    private static String head(String kind, long crc32c, long length) {
        return kind + " " + Hashes.checksum(crc32c, length);
    }

    private CheckedFile() {}
}
