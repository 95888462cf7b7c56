package vn.gialai.cds.files;

import vn.gialai.cds.problems.Msg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Reads a text file the way editors' tools save them: strict UTF-8, a byte-order mark and Windows line
 * ends tolerated (removed), decomposed accents composed (NFC), anything else refused with a reason.
 */
public final class SourceText {
    /** Larger than any article we expect; a file this big is a mistake (a pasted image, a dump). */
    public static final long MAX_BYTES = 1_000_000;

    public static String read(Path file) throws UnreadableFile {
        return decode(bytes(file));
    }

    /** The file's bytes as they are on the disk (refused when too large or unreadable), for {@link #decode}. */
    public static byte[] bytes(Path file) throws UnreadableFile {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableFile(Msg.of("file.too-large", size / 1000, MAX_BYTES / 1000));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFile(Msg.of("file.unreadable", e.getClass().getSimpleName()));
        }
    }

    /** A file's bytes as text, as {@link #read} gives it. */
    public static String decode(byte[] bytes) throws UnreadableFile {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            // Decomposed accents (NFD, as some Mac tools save "ệ" as e + two marks) are composed, so titles, tags,
            // addresses and search read the same bytes as from a file saved in NFC.
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new UnreadableFile(Msg.of("file.not-utf8"));
        }
    }

    public static final class UnreadableFile extends Exception {
        private final transient Msg msg;

        public UnreadableFile(Msg msg) {
            super(msg.toString(), null, false, false);
            this.msg = msg;
        }

        public Msg msg() { return msg; }
    }

    private SourceText() {}
}
