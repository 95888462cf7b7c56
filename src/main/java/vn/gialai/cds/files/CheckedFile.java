package vn.gialai.cds.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file that knows whether it is whole and whose it is: one first line, "&lt;kind&gt; &lt;checksum&gt;", then the body.
 * The kind names the file's format and the code that wrote it (files/CodeFingerprint); the checksum (Hashes#checksum:
 * CRC32C and length) is that of the body. A file whose first line does not match in every part (half-written, of
 * another version of the code, edited by hand) is not used.
 *
 * <p>Read whole into one array of the body's exact size (the Markdown cache keeps its bodies there, content/Body) and
 * checked before anything is parsed; written as a stream, after room for the first line, which is filled in last (the
 * checksum has a fixed width), through files/AtomicFiles.
 */
public final class CheckedFile {
    public interface BodyReader<T> { T read(byte[] body) throws IOException; }

    public interface BodyWriter { void write(OutputStream body) throws IOException; }

    /**
     * What parse makes of the body of this file when its first line names this kind and the body's checksum; null when
     * the file is missing, unreadable, of another kind or not whole, or parse fails. The body is read whole into one
     * array of its exact size, and checked before it is parsed.
     */
    public static <T> T read(Path file, String kind, BodyReader<T> parse) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] start = new byte[(int) Math.min(size, 1025)];
            readFully(channel, ByteBuffer.wrap(start), 0);
            int nl = 0;
            while (nl < start.length && start[nl] != '\n') nl++;
            if (nl == start.length) return null;
            String head = new String(start, 0, nl, StandardCharsets.UTF_8);
            if (!head.startsWith(kind + " ") || size - nl - 1 > Integer.MAX_VALUE - 16) return null;
            byte[] body = new byte[(int) (size - nl - 1)];
            readFully(channel, ByteBuffer.wrap(body), nl + 1);
            CRC32C crc = new CRC32C();
            crc.update(body);
            return head.equals(head(kind, crc.getValue(), body.length)) ? parse.read(body) : null;
        } catch (IOException | RuntimeException e) {
            return null; // missing, unreadable or damaged: as if there were no cache
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) throw new IOException("the file ended while it was read");
            at += n;
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
