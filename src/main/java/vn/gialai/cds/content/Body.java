package vn.gialai.cds.content;

import vn.gialai.cds.files.Hashes;

import java.nio.charset.StandardCharsets;

/**
 * A page's body as HTML, and its identity: the content hash (files/Hashes) of its UTF-8 bytes, which tells whether a page's body is the one
 * the last build published (pipeline/ModelInputs). A body rendered now holds its text and works out its identity once,
 * when first asked. A body taken from the Markdown cache (content/ContentCache) holds only its place in the bytes
 * read from the cache file and its identity as the file keeps it; its text is made when asked for, and not kept: a build
 * after one change asks for the text of the few pages it renders, the search index's start of each text and the
 * feeds' latest entries, and holding every body as text was most of what such a build kept in memory.
 * Two bodies are equal when their identities are.
 */
public final class Body {
    private final String html;
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private volatile String identity;

    private Body(String html, byte[] bytes, int offset, int length, String identity) {
        this.html = html;
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.identity = identity;
    }

    /** A body rendered now; null for none. */
    public static Body of(String html) {
        return html == null ? null : new Body(html, null, 0, 0, null);
    }

    /** A body kept as UTF-8 in bytes[offset, offset + length), whose identity is known. */
    static Body kept(byte[] bytes, int offset, int length, String identity) {
        return new Body(null, bytes, offset, length, identity);
    }

    /** The HTML (made from the kept bytes each time it is asked for, when the body came from the cache). */
    public String html() {
        return html != null ? html : new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /**
     * The first chars characters of the body's text (content/HtmlText#prefix), made from as little of a kept body's
     * bytes as gives them: the search index takes a snippet's worth of each of thousands of bodies.
     */
    public String textStart(int chars) {
        if (html != null) return HtmlText.prefix(html, chars);
        // Whatever HTML a cut at the end of a start leaves unfinished (a tag, a reference, a comment) gives at most two
        // characters of text, and only at the end: so the start gives the same first chars characters as the whole
        // body as soon as it gives a few more than that.
        int wanted = chars + 8;
        for (int bytes = 1024; ; bytes *= 4) {
            if (bytes >= length) return HtmlText.prefix(html(), chars);
            int cut = offset + bytes;
            while (cut > offset && (this.bytes[cut] & 0xC0) == 0x80) cut--; // not inside a character
            String text = HtmlText.prefix(new String(this.bytes, offset, cut - offset, StandardCharsets.UTF_8), wanted);
            if (text.length() >= wanted) return text.substring(0, chars);
        }
    }

    /** The content hash (files/Hashes) of the HTML's UTF-8 bytes (hex). */
    public String identity() {
        String id = identity;
        if (id == null) identity = id = Hashes.of(utf8());
        return id;
    }

    /** The HTML as UTF-8 bytes (for the cache file: the kept bytes as they are). */
    byte[] utf8() {
        return html != null ? html.getBytes(StandardCharsets.UTF_8) : java.util.Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Writes the HTML's UTF-8 bytes with their length, as files/CacheData writes a text. */
    void writeTo(vn.gialai.cds.files.CacheData.Out out) throws java.io.IOException {
        if (html != null) out.text(html);
        else out.bytes(bytes, offset, length);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Body b && identity().equals(b.identity());
    }

    @Override public int hashCode() { return identity().hashCode(); }

    @Override public String toString() { return html(); }
}
