package app.safepost.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * A corpus of test photos made by the tests themselves: JPEGs with hand-written EXIF (camera, serial,
 * orientation, GPS, thumbnail), XMP, IPTC and comments, and the bad files the portal must refuse.
 */
public final class TestPhotos {

    /** Quadrant colours of {@link #quadrants}: top-left red, top-right green, bottom-left blue, bottom-right white. */
    public static final Color TOP_LEFT = Color.RED;

    public static final Color TOP_RIGHT = Color.GREEN;
    public static final Color BOTTOM_LEFT = Color.BLUE;
    public static final Color BOTTOM_RIGHT = Color.WHITE;

    /** A 1 × 1 lossless WebP. */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestPhotos() {}

    /** Four flat quadrants, so a test can tell which way up the pixels are. */
    public static BufferedImage quadrants(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(TOP_RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /** Noise-like detail, like a face: pixel values that vary a lot from one pixel to the next. */
    public static BufferedImage detailed(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(quadrants(width, height));
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What an iPad writes into a photo, and what must never leave the portal; {@code serial} may be absent. */
    public record Exif(String make, String model, String serial, int orientation, boolean gps, boolean thumbnail) {
        public static Exif ipad(String serial) {
            return new Exif("Apple", "iPad (10th generation)", serial, 1, true, true);
        }

        /** What a real iPad writes: its make and model, location and thumbnail, but no serial number. */
        public static Exif ipadWithoutSerial(String model) {
            return new Exif("Apple", model, null, 1, true, true);
        }

        public Exif orientation(int value) {
            return new Exif(make, model, serial, value, gps, thumbnail);
        }
    }

    /** The JPEG with an EXIF segment, XMP, IPTC and a comment inserted after its start marker. */
    public static byte[] withMetadata(byte[] jpeg, Exif exif) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(exif)));
        segment(
                out,
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
                                + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
                                + " xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='51,30.4N'/></rdf:RDF></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, iptc("Jesse Gray Primary, 12 Acacia Road"));
        segment(out, 0xFE, "Taken at 12 Acacia Road".getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Only an EXIF segment (camera, serial, orientation, optional GPS), nothing else added. */
    public static byte[] withExif(byte[] jpeg, Exif exif) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(exif)));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An EXIF segment whose first directory claims hundreds of entries the segment does not hold. */
    public static byte[] withMalformedExif(byte[] jpeg) {
        var tiff = ByteBuffer.allocate(16);
        tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1))
                .putShort((short) 42)
                .putInt(8)
                .putShort((short) 400)
                .putShort((short) 0x010F)
                .putShort((short) 2)
                .putShort((short) 0);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG whose header declares the given size, with a few bytes of image data: a decompression bomb's shape. */
    public static byte[] pngDeclaring(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 2)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        var idat = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(idat)) {
            deflate.write(new byte[4096]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A JPEG with a ZIP archive appended: opens as a photo and as an archive. */
    public static byte[] jpegZipPolyglot() {
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("payload.html"));
            z.write("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concat(jpeg(64, 48), zip.toByteArray());
    }

    public static byte[] gif() {
        return write(quadrants(16, 16), "gif");
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>fetch('/api/v1/pupils')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A real HEIC photo, 64 × 48, quadrants red, green, blue and white, with an iPad's EXIF (make, model,
     * serial DMPX1002JGP2, GPS); written by libheif's heif-enc from {@link #quadrants} with {@link Exif#ipad}.
     */
    public static byte[] heic() {
        try (var in = TestPhotos.class.getResourceAsStream("/photos/ipad-quadrants.heic")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A HEIC whose boxes are whole and whose picture size property claims {@code width × height}. */
    public static byte[] heicDeclaring(int width, int height) {
        var ispe = box(
                "ispe",
                ByteBuffer.allocate(12).putInt(0).putInt(width).putInt(height).array());
        var meta = box("meta", concat(new byte[4], box("iprp", box("ipco", ispe))));
        var ftyp = box("ftyp", "heic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        return concat(concat(ftyp, meta), box("mdat", new byte[32]));
    }

    private static byte[] box(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length)
                .putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(body)
                .array();
    }

    /** A HEIC file's opening box (ftyp heic), as an iPad writes it. */
    public static byte[] heicHeader() {
        return concat(
                ByteBuffer.allocate(24)
                        .putInt(24)
                        .put("ftypheic".getBytes(StandardCharsets.US_ASCII))
                        .putInt(0)
                        .put("mif1heic".getBytes(StandardCharsets.US_ASCII))
                        .array(),
                new byte[200]);
    }

    /** Valid-looking JPEG bytes padded with noise to the given size. */
    public static byte[] jpegOfSize(int size) {
        var head = jpeg(32, 32);
        var bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static byte[] truncate(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] iptc(String caption) {
        var text = caption.getBytes(StandardCharsets.UTF_8);
        var iptc = ByteBuffer.allocate(5 + text.length)
                .put((byte) 0x1C)
                .put((byte) 2)
                .put((byte) 120)
                .putShort((short) text.length)
                .put(text)
                .array();
        var resource = ByteBuffer.allocate(12 + iptc.length + (iptc.length % 2))
                .put("8BIM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0x0404)
                .putShort((short) 0)
                .putInt(iptc.length)
                .put(iptc)
                .array();
        return concat("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII), resource);
    }

    // ---- a small big-endian TIFF writer for the EXIF segment ----

    private record Entry(int tag, int type, int count, byte[] value) {
        static Entry ascii(int tag, String text) {
            var bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            return new Entry(tag, 2, bytes.length, bytes);
        }

        static Entry shortValue(int tag, int value) {
            return new Entry(
                    tag, 3, 1, ByteBuffer.allocate(2).putShort((short) value).array());
        }

        static Entry longValue(int tag, int value) {
            return new Entry(tag, 4, 1, ByteBuffer.allocate(4).putInt(value).array());
        }

        static Entry rationals(int tag, int... numeratorDenominator) {
            var buffer = ByteBuffer.allocate(numeratorDenominator.length * 4);
            for (int v : numeratorDenominator) {
                buffer.putInt(v);
            }
            return new Entry(tag, 5, numeratorDenominator.length / 2, buffer.array());
        }
    }

    private static int ifdSize(List<Entry> entries) {
        int size = 2 + entries.size() * 12 + 4;
        for (var e : entries) {
            if (e.value().length > 4) {
                size += e.value().length + (e.value().length % 2);
            }
        }
        return size;
    }

    private static byte[] tiff(Exif exif) {
        var thumbnail = exif.thumbnail() ? jpeg(16, 12) : null;
        // Sizes first (pointer values do not change them), then offsets, then the bytes.
        var sub = exif.serial() == null ? List.<Entry>of() : List.of(Entry.ascii(0xA431, exif.serial()));
        var gps = exif.gps()
                ? List.of(
                        Entry.ascii(0x0001, "N"),
                        Entry.rationals(0x0002, 51, 1, 30, 1, 2400, 100),
                        Entry.ascii(0x0003, "W"),
                        Entry.rationals(0x0004, 0, 1, 7, 1, 3900, 100))
                : List.<Entry>of();
        var ifd0Placeholder = ifd0(exif, 0, 0);
        int ifd0At = 8;
        int subAt = ifd0At + ifdSize(ifd0Placeholder);
        int gpsAt = subAt + (sub.isEmpty() ? 0 : ifdSize(sub));
        int ifd1At = gpsAt + (gps.isEmpty() ? 0 : ifdSize(gps));
        var ifd1 = thumbnail == null
                ? List.<Entry>of()
                : List.of(
                        Entry.shortValue(0x0103, 6),
                        Entry.longValue(0x0201, 0),
                        Entry.longValue(0x0202, thumbnail.length));
        int thumbnailAt = ifd1At + (ifd1.isEmpty() ? 0 : ifdSize(ifd1));
        if (thumbnail != null) {
            ifd1 = List.of(
                    Entry.shortValue(0x0103, 6),
                    Entry.longValue(0x0201, thumbnailAt),
                    Entry.longValue(0x0202, thumbnail.length));
        }
        var out = ByteBuffer.allocate(thumbnailAt + (thumbnail == null ? 0 : thumbnail.length));
        out.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0At);
        writeIfd(out, ifd0(exif, subAt, gps.isEmpty() ? 0 : gpsAt), ifd0At, ifd1.isEmpty() ? 0 : ifd1At);
        if (!sub.isEmpty()) {
            writeIfd(out, sub, subAt, 0);
        }
        if (!gps.isEmpty()) {
            writeIfd(out, gps, gpsAt, 0);
        }
        if (!ifd1.isEmpty()) {
            writeIfd(out, ifd1, ifd1At, 0);
            out.position(thumbnailAt);
            out.put(thumbnail);
        }
        return out.array();
    }

    private static List<Entry> ifd0(Exif exif, int subAt, int gpsAt) {
        var entries = new ArrayList<Entry>();
        entries.add(Entry.ascii(0x010F, exif.make()));
        entries.add(Entry.ascii(0x0110, exif.model()));
        entries.add(Entry.shortValue(0x0112, exif.orientation()));
        if (exif.serial() != null) {
            entries.add(Entry.longValue(0x8769, subAt));
        }
        if (exif.gps()) {
            entries.add(Entry.longValue(0x8825, gpsAt));
        }
        return entries;
    }

    private static void writeIfd(ByteBuffer out, List<Entry> entries, int at, int next) {
        out.position(at);
        int dataAt = at + 2 + entries.size() * 12 + 4;
        out.putShort((short) entries.size());
        var data = new ByteArrayOutputStream();
        for (var e : entries) {
            out.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (e.value().length <= 4) {
                out.put(java.util.Arrays.copyOf(e.value(), 4));
            } else {
                out.putInt(dataAt + data.size());
                data.writeBytes(e.value());
                if (e.value().length % 2 == 1) {
                    data.write(0);
                }
            }
        }
        out.putInt(next);
        out.put(data.toByteArray());
    }

    static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
