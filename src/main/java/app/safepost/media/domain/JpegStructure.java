package app.safepost.media.domain;

import app.safepost.media.domain.PhotoFormat.Dimensions;

/** Walks a JPEG's markers from SOI to EOI, reading the frame size on the way. */
final class JpegStructure {

    private static final int MAX_EMBEDDED_IMAGES = 8;

    private JpegStructure() {}

    static Dimensions check(byte[] b) {
        var first = walk(b, 0);
        int end = first.end();
        // iPhones append further JPEG images (depth and gain maps) after the first one's end.
        for (int images = 0; end < b.length && !PhotoFormat.onlyPadding(b, end); images++) {
            if (images == MAX_EMBEDDED_IMAGES || !PhotoFormat.startsWith(b, end, 0xFF, 0xD8, 0xFF)) {
                throw PhotoFormat.disguised();
            }
            end = walk(b, end).end();
        }
        if (first.dimensions() == null) {
            throw PhotoFormat.malformed("no frame header");
        }
        return first.dimensions();
    }

    private record Walked(int end, Dimensions dimensions) {}

    /** @return the offset just after this image's EOI marker, and its frame size */
    private static Walked walk(byte[] b, int start) {
        int pos = start + 2;
        Dimensions dimensions = null;
        boolean scanned = false;
        while (true) {
            if (pos >= b.length) {
                throw PhotoFormat.truncated();
            }
            if ((b[pos] & 0xFF) != 0xFF) {
                throw PhotoFormat.malformed("a marker was expected at byte " + pos);
            }
            while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= b.length) {
                throw PhotoFormat.truncated();
            }
            int marker = b[pos++] & 0xFF;
            if (marker == 0xD9) {
                if (!scanned) {
                    throw PhotoFormat.malformed("the picture has no image data");
                }
                return new Walked(pos, dimensions);
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue;
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw PhotoFormat.malformed("an unexpected marker at byte " + (pos - 1));
            }
            if (pos + 2 > b.length) {
                throw PhotoFormat.truncated();
            }
            int length = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            if (length < 2) {
                throw PhotoFormat.malformed("a segment has an impossible length");
            }
            if (pos + length > b.length) {
                throw PhotoFormat.truncated();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && dimensions == null) {
                if (length < 8) {
                    throw PhotoFormat.malformed("a frame header is too short");
                }
                int height = ((b[pos + 3] & 0xFF) << 8) | (b[pos + 4] & 0xFF);
                int width = ((b[pos + 5] & 0xFF) << 8) | (b[pos + 6] & 0xFF);
                if (width == 0 || height == 0) {
                    throw PhotoFormat.malformed("the picture declares no width or height");
                }
                dimensions = new Dimensions(width, height);
            }
            pos += length;
            if (marker == 0xDA) {
                scanned = true;
                pos = skipEntropyCodedData(b, pos);
            }
        }
    }

    /** Entropy-coded data runs until a marker other than a stuffed zero or a restart marker. */
    private static int skipEntropyCodedData(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) == 0xFF) {
                int next = b[pos + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return pos;
                }
            }
            pos++;
        }
        throw PhotoFormat.truncated();
    }
}
