package app.safepost.media.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes pixels afresh: ImageIO writes no EXIF, XMP, IPTC, comment or thumbnail of its own. */
public final class PhotoCodec {

    static final float JPEG_QUALITY = 0.9f;

    private PhotoCodec() {}

    public static byte[] jpeg(BufferedImage image) {
        var rgb = image.getType() == BufferedImage.TYPE_3BYTE_BGR
                        || image.getType() == BufferedImage.TYPE_INT_RGB
                        || image.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? image
                : convert(image, BufferedImage.TYPE_INT_RGB);
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight() / 4));
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decodes an image the portal stored itself. */
    public static BufferedImage read(byte[] stored) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(stored));
            if (image == null) {
                throw new IllegalStateException("A stored photo cannot be read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image with one int per pixel (RGB, or ARGB where it has alpha), copied if need be. */
    static BufferedImage intPixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        return convert(
                image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    static BufferedImage convert(BufferedImage image, int type) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        var g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
