package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.media.PhotoRefused;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PhotoIntakeTest {

    @Test
    void an_ipad_jpeg_keeps_its_pixels_and_camera_but_loses_every_piece_of_metadata() throws Exception {
        var original = TestPhotos.withMetadata(TestPhotos.jpeg(120, 80), Exif.ipad("DMPXK1ZZQ1GC"));
        assertThat(names(read(original))).contains("Exif IFD0", "GPS", "XMP", "IPTC", "JpegComment", "Exif Thumbnail");

        var takenIn = PhotoIntake.takeIn(original);

        assertThat(takenIn.contentType()).isEqualTo("image/jpeg");
        assertThat(takenIn.width()).isEqualTo(120);
        assertThat(takenIn.height()).isEqualTo(80);
        assertThat(takenIn.camera()).isEqualTo(new CameraTags("Apple", "iPad (10th generation)", "DMPXK1ZZQ1GC"));
        assertThat(names(read(takenIn.bytes())))
                .doesNotContain(
                        "Exif IFD0",
                        "Exif SubIFD",
                        "GPS",
                        "XMP",
                        "IPTC",
                        "JpegComment",
                        "Exif Thumbnail",
                        "Photoshop",
                        "ICC Profile");
        var text = new String(takenIn.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("Exif\0", "http://ns.adobe.com", "Photoshop 3.0", "Acacia", "DMPXK1ZZQ1GC", "Apple");
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        // orientation, whether the stored picture lies on its side, then the colours now at top-left and top-right
        "1, false, RED, GREEN",
        "2, false, GREEN, RED",
        "3, false, WHITE, BLUE",
        "4, false, BLUE, WHITE",
        "5, true, RED, BLUE",
        "6, true, BLUE, RED",
        "7, true, WHITE, GREEN",
        "8, true, GREEN, WHITE"
    })
    void pixels_are_turned_upright_as_the_exif_orientation_says(
            int orientation, boolean onItsSide, String topLeft, String topRight) throws Exception {
        // 64 × 32 is whole 16-pixel blocks, which jpegtran turns without decoding; 80 × 40 is not, for some turns,
        // and without jpegtran every photo is decoded and encoded again. Each way the result is the same.
        for (var way : List.of(new Way(64, 32, true), new Way(80, 40, true), new Way(80, 40, false))) {
            var photo = TestPhotos.withExif(
                    TestPhotos.jpeg(way.width(), way.height()), Exif.ipad("X").orientation(orientation));

            var takenIn = way.jpegtran() ? PhotoIntake.takeIn(photo) : withoutJpegtran(() -> PhotoIntake.takeIn(photo));
            var image = PhotoCodec.read(takenIn.bytes());

            int width = onItsSide ? way.height() : way.width();
            assertThat(image.getWidth()).as(way.toString()).isEqualTo(width);
            assertThat(image.getHeight()).as(way.toString()).isEqualTo(onItsSide ? way.width() : way.height());
            assertThat(takenIn.width()).isEqualTo(width);
            assertThat(colourAt(image, 3, 3)).as(way.toString()).isEqualTo(topLeft);
            assertThat(colourAt(image, width - 4, 3)).as(way.toString()).isEqualTo(topRight);
            assertThat(names(read(takenIn.bytes()))).as(way.toString()).doesNotContain("Exif IFD0", "GPS", "XMP");
        }
    }

    private record Way(int width, int height, boolean jpegtran) {}

    @Test
    void with_jpegtran_an_upright_jpeg_keeps_its_exact_pixels_and_loses_its_metadata() throws Exception {
        var original = TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.detailed(160, 128)), Exif.ipad("DMPX1"));

        var takenIn = PhotoIntake.takeIn(original);

        var before = PhotoCodec.read(original);
        var after = PhotoCodec.read(takenIn.bytes());
        assertThat(after.getRGB(0, 0, 160, 128, null, 0, 160))
                .as("not decoded and encoded again")
                .isEqualTo(before.getRGB(0, 0, 160, 128, null, 0, 160));
        assertThat(names(read(takenIn.bytes())))
                .doesNotContain("Exif IFD0", "Exif SubIFD", "GPS", "XMP", "IPTC", "JpegComment", "Exif Thumbnail");
        assertThat(new String(takenIn.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("DMPX1", "Apple");
        assertThat(takenIn.camera()).isEqualTo(new CameraTags("Apple", "iPad (10th generation)", "DMPX1"));
    }

    private static <T> T withoutJpegtran(Supplier<T> work) {
        var before = System.getProperty(JpegTran.COMMAND_PROPERTY);
        System.setProperty(JpegTran.COMMAND_PROPERTY, "");
        try {
            return work.get();
        } finally {
            if (before == null) {
                System.clearProperty(JpegTran.COMMAND_PROPERTY);
            } else {
                System.setProperty(JpegTran.COMMAND_PROPERTY, before);
            }
        }
    }

    @Test
    void an_ipad_heic_becomes_an_upright_jpeg_with_its_camera_read_and_nothing_else_kept() throws Exception {
        var original = TestPhotos.heic();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("DMPX1002JGP2");

        var takenIn = PhotoIntake.takeIn(original);

        assertThat(takenIn.contentType()).isEqualTo("image/jpeg");
        assertThat(takenIn.width()).isEqualTo(64);
        assertThat(takenIn.height()).isEqualTo(48);
        assertThat(takenIn.camera()).isEqualTo(new CameraTags("Apple", "iPad (10th generation)", "DMPX1002JGP2"));
        assertThat(names(read(takenIn.bytes())))
                .doesNotContain("Exif IFD0", "Exif SubIFD", "GPS", "XMP", "IPTC", "JpegComment", "Exif Thumbnail");
        assertThat(new String(takenIn.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("DMPX1002JGP2", "Apple");
        var image = PhotoCodec.read(takenIn.bytes());
        assertThat(colourAt(image, 3, 3)).isEqualTo("RED");
        assertThat(colourAt(image, 60, 3)).isEqualTo("GREEN");
        assertThat(colourAt(image, 3, 44)).isEqualTo("BLUE");
    }

    @Test
    void without_a_heic_decoder_a_heic_is_refused_with_what_to_do_instead() {
        var before = System.getProperty(HeifConverter.COMMAND_PROPERTY);
        System.setProperty(HeifConverter.COMMAND_PROPERTY, "/nonexistent/heif-convert");
        try {
            assertThatThrownBy(() -> PhotoIntake.takeIn(TestPhotos.heic()))
                    .isInstanceOfSatisfying(PhotoRefused.class, refused -> {
                        assertThat(refused.kind()).isEqualTo(PhotoRefused.Kind.UNSUPPORTED_TYPE);
                        assertThat(refused.getMessage())
                                .contains("no HEIC decoder")
                                .contains("Most Compatible");
                    });
        } finally {
            if (before == null) {
                System.clearProperty(HeifConverter.COMMAND_PROPERTY);
            } else {
                System.setProperty(HeifConverter.COMMAND_PROPERTY, before);
            }
        }
    }

    @Test
    void a_png_stays_a_png_and_a_webp_becomes_a_jpeg() {
        var png = PhotoIntake.takeIn(TestPhotos.png(TestPhotos.quadrants(30, 20)));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.camera()).isNull();

        var webp = PhotoIntake.takeIn(TestPhotos.WEBP);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(webp.height()).isEqualTo(1);
        assertThat(webp.contentType()).isIn("image/jpeg", "image/png");
    }

    @Test
    void the_name_never_decides_the_type_the_bytes_do() {
        // A PNG called .jpg is a PNG; the intake never sees the name at all.
        assertThat(PhotoFormat.sniff(TestPhotos.png(TestPhotos.quadrants(4, 4))))
                .isEqualTo(PhotoFormat.PNG);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("zero bytes", () -> new byte[0], PhotoRefused.Kind.UNPROCESSABLE, "empty"),
                bad(
                        "a truncated JPEG",
                        () -> TestPhotos.truncate(TestPhotos.jpeg(200, 100), 700),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "incomplete"),
                bad("HTML renamed .jpg", TestPhotos::html, PhotoRefused.Kind.UNSUPPORTED_TYPE, "web page"),
                bad("an SVG", TestPhotos::svg, PhotoRefused.Kind.UNSUPPORTED_TYPE, "SVG"),
                bad(
                        "a PNG declaring 100000 × 100000 pixels",
                        () -> TestPhotos.pngDeclaring(100_000, 100_000),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "10000 megapixels"),
                bad("a JPEG/ZIP polyglot", TestPhotos::jpegZipPolyglot, PhotoRefused.Kind.UNPROCESSABLE, "other data"),
                bad(
                        "a 26 MiB file",
                        () -> TestPhotos.jpegOfSize(26 * 1024 * 1024),
                        PhotoRefused.Kind.TOO_LARGE,
                        "25 MB"),
                bad("a GIF", TestPhotos::gif, PhotoRefused.Kind.UNSUPPORTED_TYPE, "GIF"),
                bad("a PDF", TestPhotos::pdf, PhotoRefused.Kind.UNSUPPORTED_TYPE, "PDF"),
                bad(
                        "malformed EXIF",
                        () -> TestPhotos.withMalformedExif(TestPhotos.jpeg(40, 30)),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "EXIF"),
                bad(
                        "a HEIC that is only its opening box",
                        TestPhotos::heicHeader,
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "incomplete"),
                bad(
                        "a HEIC declaring 100000 × 100000 pixels",
                        () -> TestPhotos.heicDeclaring(100_000, 100_000),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "10000 megapixels"),
                bad(
                        "a HEIC declaring more pixels than an int holds",
                        () -> TestPhotos.heicDeclaring(-1, 2),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "megapixels"),
                bad(
                        "a HEIC whose picture is not there",
                        () -> TestPhotos.heicDeclaring(64, 48),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "HEIC photo could not be read"),
                bad(
                        "random bytes",
                        () -> new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                        PhotoRefused.Kind.UNSUPPORTED_TYPE,
                        "not a photo"),
                bad(
                        "a JPEG that is only a header",
                        () -> TestPhotos.truncate(TestPhotos.jpeg(20, 20), 3),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "incomplete"),
                bad(
                        "a PNG with a broken checksum",
                        () -> corrupt(TestPhotos.png(TestPhotos.quadrants(8, 8)), 40),
                        PhotoRefused.Kind.UNPROCESSABLE,
                        "damaged"));
    }

    private static Arguments bad(String name, Supplier<byte[]> file, PhotoRefused.Kind kind, String message) {
        return Arguments.of(name, file, kind, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void bad_files_are_refused_with_a_clear_message(
            String name, Supplier<byte[]> file, PhotoRefused.Kind kind, String message) {
        assertThatThrownBy(() -> PhotoIntake.takeIn(file.get())).isInstanceOfSatisfying(PhotoRefused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.getMessage()).contains(message);
        });
    }

    @Test
    void a_decompression_bomb_is_refused_without_allocating_its_pixels() {
        var before = allocatedBytes();
        assertThatThrownBy(() -> PhotoIntake.takeIn(TestPhotos.pngDeclaring(40_000, 40_000)))
                .isInstanceOf(PhotoRefused.class);
        // 1.6 gigapixels would need 6 GB; refusing it must take next to nothing.
        assertThat(allocatedBytes() - before).isLessThan(16L * 1024 * 1024);
    }

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.getCurrentThreadAllocatedBytes();
    }

    private static byte[] corrupt(byte[] bytes, int at) {
        var copy = bytes.clone();
        copy[at] ^= 0x55;
        return copy;
    }

    static String colourAt(BufferedImage image, int x, int y) {
        var c = new Color(image.getRGB(x, y));
        var names = new ArrayList<String>();
        for (var candidate :
                new Object[][] {{"RED", Color.RED}, {"GREEN", Color.GREEN}, {"BLUE", Color.BLUE}, {"WHITE", Color.WHITE}
                }) {
            var k = (Color) candidate[1];
            if (Math.abs(k.getRed() - c.getRed()) < 40
                    && Math.abs(k.getGreen() - c.getGreen()) < 40
                    && Math.abs(k.getBlue() - c.getBlue()) < 40) {
                names.add((String) candidate[0]);
            }
        }
        return names.isEmpty() ? c.toString() : names.getFirst();
    }

    private static Metadata read(byte[] jpeg) throws Exception {
        return JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
    }

    private static java.util.List<String> names(Metadata metadata) {
        var names = new ArrayList<String>();
        for (Directory d : metadata.getDirectories()) {
            names.add(d.getName());
        }
        return names;
    }
}
