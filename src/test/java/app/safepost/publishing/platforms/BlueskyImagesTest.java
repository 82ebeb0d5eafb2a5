package app.safepost.publishing.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Published photos as Bluesky takes them: untouched within its size, made smaller beyond it. */
class BlueskyImagesTest {

    @Test
    void a_photo_within_the_limit_goes_as_it_is_with_its_size_in_pixels() {
        var png = TestPhotos.png(TestPhotos.quadrants(120, 90));
        var fitted = BlueskyImages.fit(new Outgoing.Photo(png, "image/png", "Quadrants"));

        assertThat(fitted.bytes()).isEqualTo(png);
        assertThat(fitted.contentType()).isEqualTo("image/png");
        assertThat(fitted.width() + "x" + fitted.height()).isEqualTo("120x90");
    }

    @Test
    void a_larger_photo_becomes_a_jpeg_within_the_limit_and_2000_pixels_keeping_its_shape() throws IOException {
        var png = TestPhotos.png(TestPhotos.detailed(2400, 1200));
        assertThat(png.length).isGreaterThan(BlueskyImages.MOST_BYTES);

        var fitted = BlueskyImages.fit(new Outgoing.Photo(png, "image/png", "Noise"));

        assertThat(fitted.bytes().length).isLessThanOrEqualTo(BlueskyImages.MOST_BYTES);
        assertThat(fitted.contentType()).isEqualTo("image/jpeg");
        var decoded = ImageIO.read(new ByteArrayInputStream(fitted.bytes()));
        assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo(fitted.width() + "x" + fitted.height());
        assertThat(fitted.width()).isLessThanOrEqualTo(2000);
        assertThat(fitted.width()).isEqualTo(2 * fitted.height());
    }

    @Test
    void bytes_that_are_no_image_go_as_they_are_without_a_size() {
        var bytes = new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2};
        var fitted = BlueskyImages.fit(new Outgoing.Photo(bytes, "image/jpeg", "Broken"));

        assertThat(fitted.bytes()).isEqualTo(bytes);
        assertThat(fitted.width()).isZero();
    }
}
