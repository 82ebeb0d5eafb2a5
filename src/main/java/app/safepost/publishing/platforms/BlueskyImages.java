package app.safepost.publishing.platforms;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * A published photo made to fit Bluesky: the {@code app.bsky.embed.images} lexicon allows an image of
 * at most 2,000,000 bytes, and the PDS refuses a post with a larger one ("blob too big"). A larger
 * photo, covers already burned in, is scaled to at most 2,000 pixels on its long side and saved as a
 * JPEG, less finely and smaller until it fits.
 */
final class BlueskyImages {

    static final int MOST_BYTES = 2_000_000;
    private static final int LONG_SIDE = 2000;
    private static final float[] QUALITIES = {0.9f, 0.8f, 0.7f, 0.6f};

    /** The image as uploaded, and its size in pixels (0 × 0 if unreadable). */
    record Fitted(byte[] bytes, String contentType, int width, int height) {}

    private BlueskyImages() {}

    static Fitted fit(Outgoing.Photo photo) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return new Fitted(photo.bytes(), photo.contentType(), 0, 0);
        }
        if (photo.bytes().length <= MOST_BYTES) {
            return new Fitted(photo.bytes(), photo.contentType(), image.getWidth(), image.getHeight());
        }
        var scaled = scaled(image, Math.min(1.0, (double) LONG_SIDE / Math.max(image.getWidth(), image.getHeight())));
        while (true) {
            for (var quality : QUALITIES) {
                var jpeg = jpeg(scaled, quality);
                if (jpeg.length <= MOST_BYTES) {
                    return new Fitted(jpeg, "image/jpeg", scaled.getWidth(), scaled.getHeight());
                }
            }
            scaled = scaled(scaled, 0.75);
        }
    }

    /** A copy on an opaque white ground (JPEG has no transparency), scaled by the factor given. */
    private static BufferedImage scaled(BufferedImage image, double factor) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        var copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
