package app.safepost.media.domain;

import app.safepost.media.PhotoRefused;
import app.safepost.media.PhotoRefused.Kind;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.ErrorDirectory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Takes in a photo: decides its type from the bytes, checks the limits before any pixel is decoded,
 * reads the camera and orientation from its metadata, then decodes it, turns the pixels upright and
 * encodes them afresh, so nothing of the original file but the picture survives (no EXIF, GPS, XMP,
 * IPTC, comments or thumbnail). A JPEG is stripped and turned without decoding by jpegtran where the
 * server has it ({@link JpegTran}); it falls back to decoding when jpegtran is missing or declines.
 * Plain Java, no Spring: unit tests reach it directly.
 */
public final class PhotoIntake {

    public static final int MAX_BYTES = 25 * 1024 * 1024;
    public static final long MAX_PIXELS = 50_000_000L;

    static {
        // Not inside a Spring Boot jar's class loader by default: find the WebP reader there too.
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    /** A photo taken in: the stored image's bytes and what was read before stripping. */
    public record TakenIn(
            byte[] bytes,
            String contentType,
            int width,
            int height,
            @Nullable CameraTags camera) {}

    private PhotoIntake() {}

    public static TakenIn takeIn(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PhotoRefused(
                    Kind.TOO_LARGE,
                    "The photo is " + megabytes(bytes.length) + " MB; at most 25 MB is accepted. Send a smaller copy.");
        }
        var format = PhotoFormat.sniff(bytes);
        var declared = format.checkStructure(bytes);
        if (declared.pixels() > MAX_PIXELS) {
            throw new PhotoRefused(
                    Kind.UNPROCESSABLE,
                    "The photo is " + declared.width() + " × " + declared.height() + " pixels ("
                            + declared.pixels() / 1_000_000 + " megapixels); at most 50 megapixels are accepted.");
        }
        var metadata = readMetadata(format, bytes);
        if (format == PhotoFormat.JPEG) {
            int orientation = orientation(metadata);
            var lossless = JpegTran.stripAndTurn(bytes, orientation)
                    .flatMap(out -> sizeOf(out)
                            .filter(size -> size.equals(
                                    orientation >= 5
                                            ? new PhotoFormat.Dimensions(declared.height(), declared.width())
                                            : declared))
                            .map(size ->
                                    new TakenIn(out, "image/jpeg", size.width(), size.height(), camera(metadata))));
            if (lossless.isPresent()) {
                return lossless.get();
            }
        }
        BufferedImage upright;
        if (format == PhotoFormat.HEIC) {
            // libheif turns the picture upright by the file's own boxes; its EXIF orientation is only a note.
            upright = decode(PhotoFormat.JPEG, HeifConverter.toJpeg(bytes), null);
            // The declared size is the coded one; a crop box may trim it and a rotation swap its sides.
            int longest = Math.max(declared.width(), declared.height());
            if ((long) upright.getWidth() * upright.getHeight() > declared.pixels()
                    || upright.getWidth() > longest
                    || upright.getHeight() > longest) {
                throw PhotoFormat.malformed("its size does not match its header");
            }
        } else {
            upright = Orientation.apply(decode(format, bytes, declared), orientation(metadata));
        }
        boolean alpha = upright.getColorModel().hasAlpha();
        var stored = format == PhotoFormat.PNG || alpha ? PhotoCodec.png(upright) : PhotoCodec.jpeg(upright);
        return new TakenIn(
                stored,
                format == PhotoFormat.PNG || alpha ? "image/png" : "image/jpeg",
                upright.getWidth(),
                upright.getHeight(),
                camera(metadata));
    }

    private static Metadata readMetadata(PhotoFormat format, byte[] bytes) {
        Metadata metadata;
        try {
            var in = new ByteArrayInputStream(bytes);
            metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(in);
                case PNG -> PngMetadataReader.readMetadata(in);
                case WEBP -> WebpMetadataReader.readMetadata(in);
                case HEIC -> HeifMetadataReader.readMetadata(in);
            };
        } catch (IOException | RuntimeException | ImageProcessingException e) {
            throw malformedMetadata();
        }
        for (Directory directory : metadata.getDirectories()) {
            if (directory.hasErrors()
                    && (directory instanceof ExifDirectoryBase
                            || directory instanceof ErrorDirectory
                            || directory instanceof GpsDirectory)) {
                throw malformedMetadata();
            }
        }
        return metadata;
    }

    private static PhotoRefused malformedMetadata() {
        return new PhotoRefused(
                Kind.UNPROCESSABLE,
                "The photo's camera information (EXIF) is damaged, so the portal"
                        + " cannot check which device took it. Export the photo again from the iPad and upload that.");
    }

    private static int orientation(Metadata metadata) {
        var ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null || !ifd0.containsTag(ExifDirectoryBase.TAG_ORIENTATION)) {
            return 1;
        }
        Integer value = ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
        return value == null || value < 1 || value > 8 ? 1 : value;
    }

    private static @Nullable CameraTags camera(Metadata metadata) {
        var ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        var sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        var make = ifd0 == null ? null : clean(ifd0.getString(ExifDirectoryBase.TAG_MAKE));
        var model = ifd0 == null ? null : clean(ifd0.getString(ExifDirectoryBase.TAG_MODEL));
        var serial = sub == null ? null : clean(sub.getString(ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER));
        if (make == null && model == null && serial == null) {
            return null;
        }
        return new CameraTags(make == null ? "" : make, model == null ? "" : model, serial);
    }

    /** Tag text as a person would type it: printable, trimmed, at most 120 characters. */
    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var printable = value.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (printable.isEmpty()) {
            return null;
        }
        return printable.length() > 120 ? printable.substring(0, 120) : printable;
    }

    /** A JPEG's size as the decoder reads it from the header, without decoding pixels; empty if it cannot. */
    private static Optional<PhotoFormat.Dimensions> sizeOf(byte[] jpeg) {
        var reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            return Optional.of(new PhotoFormat.Dimensions(reader.getWidth(0), reader.getHeight(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /** Decodes the pixels; when {@code declared} is given, the decoded size must be the size the header declared. */
    private static BufferedImage decode(PhotoFormat format, byte[] bytes, PhotoFormat.@Nullable Dimensions declared) {
        var readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new PhotoRefused(Kind.UNSUPPORTED_TYPE, format.name() + " photos cannot be read by this portal.");
        }
        ImageReader reader = readers.next();
        try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            // The reader's own view of the size must agree with the header walked before: no surprises.
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new PhotoRefused(Kind.UNPROCESSABLE, "The photo is over 50 megapixels.");
            }
            var image = reader.read(0);
            if (declared != null && (image.getWidth() != declared.width() || image.getHeight() != declared.height())) {
                throw PhotoFormat.malformed("its size does not match its header");
            }
            return image;
        } catch (PhotoRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new PhotoRefused(
                    Kind.UNPROCESSABLE,
                    "The photo could not be read: the file is damaged or uses a" + " kind of " + format.name()
                            + " the portal does not read. Export it again as an ordinary photo.");
        } finally {
            reader.dispose();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
