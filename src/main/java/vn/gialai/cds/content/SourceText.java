package vn.gialai.cds.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file the way editors' tools save them: strict UTF-8, a byte-order mark and Windows line
 * ends tolerated (removed), anything else refused with a reason.
 */
public final class SourceText {
    /** Larger than any article we expect; a file this big is a mistake (a pasted image, a dump). */
    public static final long MAX_BYTES = 1_000_000;

    public static String read(Path file) throws UnreadableFile {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableFile("the file is " + (size / 1000) + " kB, more than the "
                        + (MAX_BYTES / 1000) + " kB a page may have. Split it or remove what was pasted by mistake.");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("the file is not UTF-8 text. Save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8).");
        } catch (IOException e) {
            throw new UnreadableFile("the file cannot be read (" + e.getClass().getSimpleName() + "). Check that it exists and is readable.");
        }
    }

    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String message) { super(message, null, false, false); }
    }

    private SourceText() {}
}
