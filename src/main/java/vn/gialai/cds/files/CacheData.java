package vn.gialai.cds.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The plain form of the caches' bodies (inside files/CheckedFile): numbers as big-endian integers, text as its length
 * in UTF-8 bytes and those bytes, a list as its size and its items. Read back by plain code, with no parser to warm up:
 * a build after one change is a new process, and the JSON these caches were written in took it a second of its five at
 * 2,000 articles per language to read (bench/NOTES.md, "a new process after one change"). A file damaged in a way the
 * checksum misses (it never has been) fails to read and is not used, as a cache of other code is not.
 */
public final class CacheData {
    /** The most bytes one text may have: a length beyond it is a damaged file, not a page. */
    private static final int TEXT_MAX = 64 << 20;

    public interface ItemWriter<T> { void write(Out out, T item) throws IOException; }

    public interface ItemReader<T> { T read(In in) throws IOException; }

    /** Writing a body. */
    public static final class Out {
        private final DataOutputStream data;

        public Out(OutputStream out) { this.data = new DataOutputStream(out); }

        public void integer(int n) throws IOException { data.writeInt(n); }

        public void number(long n) throws IOException { data.writeLong(n); }

        /** A text, or null. */
        public void text(String s) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(b.length);
            data.write(b);
        }

        public <T> void list(Collection<T> items, ItemWriter<T> each) throws IOException {
            data.writeInt(items.size());
            for (T item : items) each.write(this, item);
        }

        public void texts(Collection<String> items) throws IOException { list(items, Out::text); }

        /** Text already in UTF-8: bytes[offset, offset + length), written as {@link #text} writes a text. */
        public void bytes(byte[] bytes, int offset, int length) throws IOException {
            data.writeInt(length);
            data.write(bytes, offset, length);
        }

        public void flush() throws IOException { data.flush(); }
    }

    /**
     * Reading a body written by {@link Out}, item by item in the same order, from its bytes in memory: a text can also
     * be left as a place in those bytes ({@link #textPlace}), and made into a string only when it is needed.
     */
    public static final class In {
        private final byte[] bytes;
        private int at;

        public In(byte[] bytes) { this.bytes = bytes; }

        /** The bytes read, for the places {@link #textPlace} gives. */
        public byte[] bytes() { return bytes; }

        public int integer() throws IOException {
            need(4);
            int n = ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            at += 4;
            return n;
        }

        public long number() throws IOException {
            return ((long) integer() << 32) | (integer() & 0xffffffffL);
        }

        public String text() throws IOException {
            long place = textPlace();
            return place < 0 ? null : new String(bytes, (int) (place >>> 32), (int) place, StandardCharsets.UTF_8);
        }

        /**
         * A text left where it is: its offset in {@link #bytes} (the high 32 bits) and its length in bytes (the low 32
         * bits); -1 for null.
         */
        public long textPlace() throws IOException {
            int n = integer();
            if (n == -1) return -1;
            if (n < 0 || n > TEXT_MAX) throw new IOException("a text of " + n + " bytes: the file is damaged");
            need(n);
            long place = ((long) at << 32) | n;
            at += n;
            return place;
        }

        /** A list's size, checked to be one a file of this kind could hold. */
        public int size() throws IOException {
            int n = integer();
            if (n < 0 || n > TEXT_MAX) throw new IOException("a list of " + n + " items: the file is damaged");
            return n;
        }

        public <T> List<T> list(ItemReader<T> each) throws IOException {
            int n = size();
            List<T> items = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) items.add(each.read(this));
            return items;
        }

        public List<String> texts() throws IOException { return list(In::text); }

        /** True when the body has nothing after what was read (a file with more is not the one that was written). */
        public boolean atEnd() { return at == bytes.length; }

        private void need(int n) throws IOException {
            if (bytes.length - at < n) throw new IOException("the file ends too soon: it is damaged");
        }
    }

    private CacheData() {}
}
