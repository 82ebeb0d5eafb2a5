package app.safepost.media.domain;

import app.safepost.media.PhotoRefused;
import app.safepost.media.domain.PhotoFormat.Dimensions;
import java.nio.charset.StandardCharsets;

/** Checks a WebP's RIFF container and reads the canvas size from its first chunk. */
final class WebpStructure {

    private WebpStructure() {}

    static Dimensions check(byte[] b) {
        if (b.length < 30) {
            throw PhotoFormat.truncated();
        }
        long riffSize = le32(b, 4) & 0xFFFFFFFFL;
        long end = riffSize + 8;
        if (end > b.length) {
            throw PhotoFormat.truncated();
        }
        if (!PhotoFormat.onlyPadding(b, (int) end)) {
            throw PhotoFormat.disguised();
        }
        var chunk = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8X" -> {
                if ((b[20] & 0x02) != 0) {
                    throw new PhotoRefused(
                            PhotoRefused.Kind.UNSUPPORTED_TYPE,
                            "This file is an animated WebP. Only still photos are accepted.");
                }
                yield new Dimensions(le24(b, 24) + 1, le24(b, 27) + 1);
            }
            case "VP8 " -> {
                if (!PhotoFormat.startsWith(b, 23, 0x9D, 0x01, 0x2A)) {
                    throw PhotoFormat.malformed("the WebP frame header is wrong");
                }
                yield new Dimensions(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
            }
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    throw PhotoFormat.malformed("the WebP frame header is wrong");
                }
                int bits = le32(b, 21);
                yield new Dimensions((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            }
            default -> throw PhotoFormat.malformed("an unknown WebP chunk " + chunk.strip());
        };
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
    }

    private static int le32(byte[] b, int at) {
        return le24(b, at) | ((b[at + 3] & 0xFF) << 24);
    }
}
