package vn.gialai.cds.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one content hash of the build (SHA-256, hex): fingerprinted file names and the keys of every cache. */
public final class Hashes {
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public static String sha256(String text) { return sha256(text.getBytes(StandardCharsets.UTF_8)); }

    /** The SHA-256 of the bytes, as its 32 bytes. */
    public static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * A checksum of a cache file's body (CRC32C and length, hex): it tells a whole file from a damaged or half-written
     * one, cheaply, where the content hash would be the larger part of reading the cache. Not a content identity.
     */
    public static String checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return checksum(crc.getValue(), bytes.length);
    }

    /** The same from a CRC32C and a length computed as a stream went by; always 21 characters. */
    public static String checksum(long crc32c, long length) {
        return String.format(java.util.Locale.ROOT, "%08x-%012x", crc32c, length);
    }

    private Hashes() {}
}
