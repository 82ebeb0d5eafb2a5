package app.safepost.school;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A school logo as it may be stored: a PNG or JPEG (told from its bytes, never its name), at most
 * 512 KB and 2,000 pixels each way, whose size its header states readably. Nothing else is decoded:
 * the logo is served as it was given.
 */
public record LogoImage(String mediaType, int width, int height) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_PIXELS = 2000;

    /** The logo's type and size, or {@link Refused} saying what is wrong with it. */
    public static LogoImage check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Refused("The file is empty. Choose a PNG or JPEG image.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("The logo can be at most 512 KB; this file is " + (bytes.length + 1023) / 1024 + " KB.");
        }
        var type = type(bytes);
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("The logo could not be read. Choose a PNG or JPEG image.");
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS || height > MAX_PIXELS) {
                    throw new Refused("The logo can be at most 2,000 pixels wide and high; this one is " + width + " × "
                            + height + ".");
                }
                return new LogoImage(type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new Refused("The logo could not be read. Choose a PNG or JPEG image.");
        }
    }

    private static String type(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        throw new Refused("A logo must be a PNG or JPEG image.");
    }

    /** A file that cannot be the school's logo, with why in plain words. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }
}
