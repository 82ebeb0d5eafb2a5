package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What may be a school's logo: a PNG or JPEG, told from its bytes, within the limits. */
class LogoImageTest {

    private static byte[] image(String format, int width, int height) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void a_png_and_a_jpeg_are_taken_with_their_type_and_size() {
        assertThat(LogoImage.check(image("png", 320, 120))).isEqualTo(new LogoImage("image/png", 320, 120));
        assertThat(LogoImage.check(image("jpeg", 200, 200))).isEqualTo(new LogoImage("image/jpeg", 200, 200));
    }

    @Test
    void another_kind_of_image_is_refused_whatever_its_name() {
        assertThatThrownBy(() -> LogoImage.check(image("gif", 10, 10)))
                .isInstanceOf(LogoImage.Refused.class)
                .hasMessage("A logo must be a PNG or JPEG image.");
        assertThatThrownBy(() -> LogoImage.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("A logo must be a PNG or JPEG image.");
    }

    @Test
    void a_file_that_only_starts_like_a_png_is_refused_as_unreadable() {
        var broken = Arrays.copyOf(image("png", 50, 50), 12);

        assertThatThrownBy(() -> LogoImage.check(broken))
                .isInstanceOf(LogoImage.Refused.class)
                .hasMessage("The logo could not be read. Choose a PNG or JPEG image.");
    }

    @Test
    void limits_of_size_and_pixels_are_said_in_plain_words() {
        var large = Arrays.copyOf(image("png", 10, 10), LogoImage.MAX_BYTES + 1);

        assertThatThrownBy(() -> LogoImage.check(large))
                .hasMessage("The logo can be at most 512 KB; this file is 513 KB.");
        assertThatThrownBy(() -> LogoImage.check(image("png", 2001, 20)))
                .hasMessage("The logo can be at most 2,000 pixels wide and high; this one is 2001 × 20.");
        assertThatThrownBy(() -> LogoImage.check(new byte[0]))
                .hasMessage("The file is empty. Choose a PNG or JPEG image.");
    }
}
