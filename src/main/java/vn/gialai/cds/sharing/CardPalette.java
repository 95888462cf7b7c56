package vn.gialai.cds.sharing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Brings a drawn card down to at most 256 colours, so that it can be written as an indexed PNG: a byte a pixel instead of
 * three: 25 KB instead of 44, and 6.5 ms a card drawn and written instead of 8.3 (bench/NOTES.md, "Smaller cards,
 * one content hash").
 *
 * <p>A card without a photo is flat colours and the edges of its letters and lines: 400 to 700 colours, most of them a
 * few pixels of a letter's edge, on a ramp from the letter's colour to the ground's. The flat colours are kept as they
 * are; then, one at a time, the colour farthest from every colour kept so far, until 256 (so the kept colours spread
 * evenly along each ramp); each other colour becomes the kept colour nearest to it. Where that would move a colour by
 * more than {@link #MAX_SHIFT} in one of red, green or blue (a photo, a gradient), the card is left as it was.
 */
final class CardPalette {
    /** The most a colour may move, in any channel (0–255): below what an eye tells apart on a letter's edge. */
    static final int MAX_SHIFT = 6;
    /** More distinct colours than this: a photo, not worth trying. */
    private static final int MAX_COLOURS = 4096;

    /**
     * A card in at most 256 colours: the colours (0xRRGGBB) and, for each pixel, row by row, its colour's place among
     * them.
     */
    record Indexed(int width, int height, int[] colours, byte[] pixels) {}

    /** The image in at most 256 colours, or null when that cannot be done within MAX_SHIFT. The image is not changed. */
    static Indexed of(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) return null;
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        ColourCounts counts = ColourCounts.of(px);
        if (counts == null) return null;
        int n = counts.size();
        // Kept first: every colour that covers more than a 256th of the card (its flat colours, exactly). Then, one at a
        // time, the colour farthest from all kept so far, so that the kept colours spread along each edge's ramp (with
        // 256 colours or fewer, that keeps them all).
        int[] nearest = new int[n];
        int[] distance = new int[n];
        boolean[] isKept = new boolean[n];
        Arrays.fill(distance, Integer.MAX_VALUE);
        int keptCount = 0;
        for (int i = 0; i < n; i++) {
            if (counts.count(i) * 256L > px.length && keptCount < 256) {
                keep(counts, i, isKept, nearest, distance);
                keptCount++;
            }
        }
        if (keptCount == 0) keep(counts, mostUsed(counts), isKept, nearest, distance);
        keptCount = Math.max(keptCount, 1);
        while (keptCount < 256) {
            int farthest = -1;
            for (int i = 0; i < n; i++) {
                if (isKept[i]) continue;
                if (farthest < 0 || distance[i] > distance[farthest]
                        || distance[i] == distance[farthest] && counts.count(i) > counts.count(farthest)) farthest = i;
            }
            if (farthest < 0 || distance[farthest] == 0) break;
            keep(counts, farthest, isKept, nearest, distance);
            keptCount++;
        }
        // each colour's place in the palette: the kept colours in the order the pixels first show them, the others at
        // their nearest kept colour's place
        int[] place = new int[n];
        int[] colours = new int[keptCount];
        for (int i = 0, next = 0; i < n; i++) {
            if (!isKept[i]) continue;
            place[i] = next;
            colours[next++] = counts.colour(i);
        }
        ColourCounts.Map to = new ColourCounts.Map(n);
        for (int i = 0; i < n; i++) {
            int c = counts.colour(i), k = counts.colour(nearest[i]);
            int shift = Math.max(Math.abs((c >> 16 & 0xff) - (k >> 16 & 0xff)),
                    Math.max(Math.abs((c >> 8 & 0xff) - (k >> 8 & 0xff)), Math.abs((c & 0xff) - (k & 0xff))));
            if (shift > MAX_SHIFT) return null;
            to.put(c, place[nearest[i]]);
        }
        byte[] pixels = new byte[px.length];
        int last = -1, lastPlace = 0;
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xffffff;
            if (c != last) {
                last = c;
                lastPlace = to.get(c, 0);
            }
            pixels[i] = (byte) lastPlace;
        }
        return new Indexed(img.getWidth(), img.getHeight(), colours, pixels);
    }

    /** Adds colour i to the kept ones and brings each colour's nearest kept colour up to date. */
    private static void keep(ColourCounts counts, int i, boolean[] isKept, int[] nearest, int[] distance) {
        isKept[i] = true;
        int k = counts.colour(i);
        for (int j = 0; j < counts.size(); j++) {
            int c = counts.colour(j);
            int dr = (c >> 16 & 0xff) - (k >> 16 & 0xff), dg = (c >> 8 & 0xff) - (k >> 8 & 0xff), db = (c & 0xff) - (k & 0xff);
            int d = dr * dr + dg * dg + db * db;
            if (d < distance[j]) {
                distance[j] = d;
                nearest[j] = i;
            }
        }
    }

    private static int mostUsed(ColourCounts counts) {
        int best = 0;
        for (int i = 1; i < counts.size(); i++) if (counts.count(i) > counts.count(best)) best = i;
        return best;
    }

    /** The distinct colours of an image and how often each is used (open addressing; runs of one colour counted at once). */
    private static final class ColourCounts {
        private final int[] colours = new int[MAX_COLOURS];
        private final int[] uses = new int[MAX_COLOURS];
        private int size;

        static ColourCounts of(int[] px) {
            ColourCounts counts = new ColourCounts();
            Map slots = new Map(MAX_COLOURS);
            int i = 0;
            while (i < px.length) {
                int c = px[i] & 0xffffff;
                int j = i + 1;
                while (j < px.length && (px[j] & 0xffffff) == c) j++;
                int slot = slots.get(c, -1);
                if (slot < 0) {
                    if (counts.size == MAX_COLOURS) return null;
                    slot = counts.size++;
                    counts.colours[slot] = c;
                    slots.put(c, slot);
                }
                counts.uses[slot] += j - i;
                i = j;
            }
            return counts;
        }

        int size() { return size; }
        int colour(int i) { return colours[i]; }
        int count(int i) { return uses[i]; }

        /** An int-to-int map for colours (keys 0–0xffffff). */
        static final class Map {
            private final int[] keys, values;
            private final int mask;

            Map(int expected) {
                int cap = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
                keys = new int[cap];
                values = new int[cap];
                mask = cap - 1;
                Arrays.fill(keys, -1);
            }

            int get(int key, int otherwise) {
                for (int h = (key * 0x9E3779B1) >>> 7 & mask; ; h = (h + 1) & mask) {
                    if (keys[h] == key) return values[h];
                    if (keys[h] == -1) return otherwise;
                }
            }

            void put(int key, int value) {
                int h = (key * 0x9E3779B1) >>> 7 & mask;
                while (keys[h] != -1 && keys[h] != key) h = (h + 1) & mask;
                keys[h] = key;
                values[h] = value;
            }
        }
    }

    private CardPalette() {}
}
