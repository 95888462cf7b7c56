package vn.gialai.cds.files;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The one content hash of the build: XXH3 with 128 bits (hash4j), written as 32 hex digits. It names fingerprinted
 * files, keys every cache (a page's HTML verdict, its facts, a Markdown body, a card) and makes the render map's
 * fingerprints.
 *
 * <p>Why not SHA-256: the build runs with C1 alone (jvm.options), where SHA-256 has no intrinsic; it hashed 149 MB, the
 * pages of 2,000 articles per language, in 1.3 s against 35 ms for XXH3-128 (bench/NOTES.md, "Smaller cards, one content hash"). No
 * hash here guards against an attacker: the caches are the build's own files, and what they key is made by this code from
 * reviewed content. Against chance, 128 bits are plenty: a build that had a million cached pages would meet two with the
 * same hash with a probability of about 10^-27.
 */
public final class Hashes {
    private static final Hasher128 HASHER = Hashing.xxh3_128();

    /** The content hash of the bytes (32 hex digits). */
    public static String of(byte[] bytes) { return hex(HASHER.hashBytesTo128Bits(bytes)); }

    /** The content hash of the text's UTF-8 bytes. */
    public static String of(String text) { return of(text.getBytes(StandardCharsets.UTF_8)); }

    /** The content hash of the bytes, as its 16 bytes. */
    public static byte[] bytesOf(byte[] bytes) { return HASHER.hashBytesTo128Bits(bytes).toByteArray(); }

    /** A hash of values put one by one (pages/ModelFingerprint); {@link #hex} gives the result as {@link #of} does. */
    public static HashStream128 stream() { return HASHER.hashStream(); }

    /** A content hash as 32 hex digits. */
    public static String hex(HashValue128 value) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(value.getMostSignificantBits()) + hex.toHexDigits(value.getLeastSignificantBits());
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
