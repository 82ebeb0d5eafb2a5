package app.safepost.media.domain;

import app.safepost.media.PhotoRefused;
import app.safepost.media.domain.PhotoFormat.Dimensions;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Walks a PNG's chunks from IHDR to IEND, checking each chunk's length and checksum. */
final class PngStructure {

    private PngStructure() {}

    static Dimensions check(byte[] b) {
        int pos = 8;
        Dimensions dimensions = null;
        boolean sawData = false;
        while (true) {
            if (pos + 8 > b.length) {
                throw PhotoFormat.truncated();
            }
            long length = readInt(b, pos) & 0xFFFFFFFFL;
            var type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > b.length - pos - 12L) {
                throw PhotoFormat.truncated();
            }
            var crc = new CRC32();
            crc.update(b, pos + 4, 4 + (int) length);
            if ((int) crc.getValue() != readInt(b, pos + 8 + (int) length)) {
                throw PhotoFormat.malformed("a " + type + " chunk fails its checksum");
            }
            if (dimensions == null) {
                if (!type.equals("IHDR") || length < 13) {
                    throw PhotoFormat.malformed("the header chunk is missing");
                }
                int width = readInt(b, pos + 8);
                int height = readInt(b, pos + 12);
                if (width <= 0 || height <= 0) {
                    throw PhotoFormat.malformed("the picture declares no width or height");
                }
                dimensions = new Dimensions(width, height);
            }
            if (type.equals("acTL")) {
                throw new PhotoRefused(
                        PhotoRefused.Kind.UNSUPPORTED_TYPE,
                        "This file is an animated PNG. Only still photos are accepted.");
            }
            sawData |= type.equals("IDAT");
            pos += 12 + (int) length;
            if (type.equals("IEND")) {
                if (!sawData) {
                    throw PhotoFormat.malformed("the picture has no image data");
                }
                if (!PhotoFormat.onlyPadding(b, pos)) {
                    throw PhotoFormat.disguised();
                }
                return dimensions;
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
