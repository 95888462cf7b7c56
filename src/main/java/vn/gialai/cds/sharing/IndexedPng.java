package vn.gialai.cds.sharing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a card in at most 256 colours (CardPalette) as an 8-bit indexed PNG (PNG specification, 3rd edition: colour
 * type 3, one PLTE chunk, rows without filters, one IDAT chunk). The PNG libraries on the class path write such images
 * several times slower, having to find the palette again from the pixels: pngencoder about 7.5 ms a card, ImageIO
 * 13–20 ms, this about 2.5 ms (bench/NOTES.md, "Smaller cards, one content hash"). CardRendererTest reads every kind of card back with
 * ImageIO and compares it with the picture drawn, pixel by pixel.
 */
final class IndexedPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static byte[] bytes(CardPalette.Indexed image, int deflateLevel) {
        int w = image.width(), h = image.height();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);

        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: indexed
        // compression 0 (deflate), filter method 0, no interlace: the rest stay 0
        chunk(out, "IHDR", header, header.length);

        int[] colours = image.colours();
        byte[] palette = new byte[colours.length * 3];
        for (int i = 0; i < colours.length; i++) {
            palette[3 * i] = (byte) (colours[i] >> 16);
            palette[3 * i + 1] = (byte) (colours[i] >> 8);
            palette[3 * i + 2] = (byte) colours[i];
        }
        chunk(out, "PLTE", palette, palette.length);

        // each row: the filter type (0, none), then its indexes
        byte[] rows = new byte[h * (w + 1)];
        for (int y = 0; y < h; y++) System.arraycopy(image.pixels(), y * w, rows, y * (w + 1) + 1, w);
        Deflater deflater = new Deflater(deflateLevel);
        try {
            deflater.setInput(rows);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) compressed.write(buffer, 0, deflater.deflate(buffer));
            chunk(out, "IDAT", compressed.toByteArray(), compressed.size());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** A chunk: its length, its type, its data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] four = new byte[4];
        putInt(four, 0, length);
        out.writeBytes(four);
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        putInt(four, 0, (int) crc.getValue());
        out.writeBytes(four);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private IndexedPng() {}
}
