package app.safepost.media.domain;

import app.safepost.media.PhotoRefused;
import app.safepost.media.PhotoRefused.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a file is, decided from its first bytes and never from its name, and whether its structure
 * is whole: a photo that ends early, or carries something else after the picture (a ZIP appended to a
 * JPEG, say), is refused before any pixel is decoded.
 */
public enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    HEIC("image/heic");

    private final String contentType;

    PhotoFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The accepted format of these bytes, or a refusal that says what the file seems to be. */
    public static PhotoFormat sniff(byte[] b) {
        if (b.length == 0) {
            throw new PhotoRefused(Kind.UNPROCESSABLE, "The file is empty. Choose the photo again.");
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return WEBP;
        }
        if (ascii(b, 4, "ftyp") && b.length >= 12) {
            var brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1")
                    .contains(brand)) {
                return HEIC;
            }
            throw unsupported("a video or another ISO media file");
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            throw unsupported("a GIF");
        }
        if (ascii(b, 0, "%PDF")) {
            throw unsupported("a PDF document");
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)) {
            throw unsupported("a ZIP archive (or an Office document)");
        }
        var head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            throw new PhotoRefused(
                    Kind.UNSUPPORTED_TYPE,
                    "This file is an SVG drawing, which can carry scripts. Only photos are accepted: JPEG, PNG, WebP or HEIC.");
        }
        if (head.contains("<html")
                || head.contains("<!doctype")
                || head.contains("<script")
                || head.startsWith("<?xml")) {
            throw unsupported("a web page or script");
        }
        throw new PhotoRefused(
                Kind.UNSUPPORTED_TYPE,
                "This file is not a photo the portal accepts, whatever its name says. Send a JPEG, PNG, WebP or HEIC photo.");
    }

    private static PhotoRefused unsupported(String what) {
        return new PhotoRefused(
                Kind.UNSUPPORTED_TYPE,
                "This file is " + what + ", not a photo. Only JPEG, PNG, WebP or HEIC photos are accepted.");
    }

    /**
     * Checks the file is one whole picture: its structure is complete and nothing but padding (or, for
     * a JPEG, further embedded JPEG images as iPhones write them) follows its end. Returns the declared
     * width and height, read from the header without decoding pixels.
     */
    public Dimensions checkStructure(byte[] b) {
        var dimensions = switch (this) {
            case JPEG -> JpegStructure.check(b);
            case PNG -> PngStructure.check(b);
            case WEBP -> WebpStructure.check(b);
            case HEIC -> HeifStructure.check(b);
        };
        if (endsWithZipDirectory(b)) {
            throw disguised();
        }
        return dimensions;
    }

    /** A photo's declared size in pixels. */
    public record Dimensions(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    static PhotoRefused truncated() {
        return new PhotoRefused(
                Kind.UNPROCESSABLE,
                "The photo is incomplete: the file ends before the picture does. Upload the original photo again.");
    }

    static PhotoRefused malformed(String detail) {
        return new PhotoRefused(
                Kind.UNPROCESSABLE,
                "The photo file is damaged (" + detail + ") and cannot be taken in. Upload the original photo again.");
    }

    static PhotoRefused disguised() {
        return new PhotoRefused(
                Kind.UNPROCESSABLE,
                "The file carries other data after the picture (it may be an"
                        + " archive or program disguised as a photo) and is refused. Export the photo again and upload that.");
    }

    /** A ZIP archive is read from its end: a file ending in a ZIP directory is an archive, whatever it starts with. */
    private static boolean endsWithZipDirectory(byte[] b) {
        int from = Math.max(0, b.length - 22 - 65_535);
        for (int i = b.length - 22; i >= from; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean ascii(byte[] b, int at, String expected) {
        return b.length >= at + expected.length()
                && new String(b, at, expected.length(), StandardCharsets.ISO_8859_1).equals(expected);
    }

    static boolean onlyPadding(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0 && b[i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }
}
