package dev.bootcamp.core.format;

/**
 * Parquet's RLE/bit-packing hybrid for repetition and definition levels. A run of at least eight equal levels becomes
 * an RLE run ({@code varint(count << 1)}, then the value in {@code ceil(width / 8)} little-endian bytes); anything
 * else is bit-packed in groups of eight ({@code varint(groups << 1 | 1)}, then the values least significant bit
 * first). Only the last group may be padded, with zeros, which readers ignore because the page states its value count.
 */
final class LevelEncoder {
    private static final int MIN_RUN = 8;

    private LevelEncoder() {}

    /** The bit width of levels up to {@code maxLevel}. */
    static int bitWidth(int maxLevel) {
        return 32 - Integer.numberOfLeadingZeros(maxLevel);
    }

    /** Encodes {@code levels[0, count)} and appends the result to {@code out}. */
    static void encode(int[] levels, int count, int width, ByteSink out) {
        int i = 0;
        while (i < count) {
            int run = runLength(levels, count, i);
            if (run >= MIN_RUN) {
                out.writeVarint((long) run << 1);
                writeRepeatedValue(levels[i], width, out);
                i += run;
                continue;
            }
            int start = i;
            do {
                i += MIN_RUN;
            } while (i < count && runLength(levels, count, i) < MIN_RUN);
            writeBitPacked(levels, start, Math.min(i, count), i - start, width, out);
        }
    }

    private static int runLength(int[] levels, int count, int start) {
        int end = start + 1;
        while (end < count && levels[end] == levels[start]) {
            end++;
        }
        return end - start;
    }

    private static void writeRepeatedValue(int value, int width, ByteSink out) {
        for (int bytes = (width + 7) / 8, shift = 0; bytes > 0; bytes--, shift += 8) {
            out.write(value >>> shift & 0xFF);
        }
    }

    /** Packs {@code levels[start, end)} followed by zeros up to {@code padded} values, a multiple of eight. */
    private static void writeBitPacked(int[] levels, int start, int end, int padded, int width, ByteSink out) {
        out.writeVarint((long) (padded / MIN_RUN) << 1 | 1);
        long buffer = 0;
        int bits = 0;
        for (int k = 0; k < padded; k++) {
            int value = start + k < end ? levels[start + k] : 0;
            buffer |= (long) value << bits;
            bits += width;
            while (bits >= 8) {
                out.write((int) (buffer & 0xFF));
                buffer >>>= 8;
                bits -= 8;
            }
        }
        // padded is a multiple of eight, so eight values of any width end on a byte boundary
    }
}
