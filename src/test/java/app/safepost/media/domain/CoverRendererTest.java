package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.PhotoCover;
import app.safepost.media.TestPhotos;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverRendererTest {

    @ParameterizedTest(name = "a {0}-pixel face")
    @ValueSource(ints = {24, 60, 150, 400})
    void pixelation_leaves_flat_blocks_too_coarse_to_recover_a_face(int side) {
        var photo = TestPhotos.detailed(side + 40, side + 40);
        assertThat(variance(photo, 20, 20, side, side)).isGreaterThan(1000);

        var covered = CoverRenderer.burnIn(photo, List.of(PhotoCover.pixelate(20, 20, side, side, null)));

        int block = CoverRenderer.blockSize(side, side);
        assertThat(block).isGreaterThanOrEqualTo(CoverRenderer.MIN_BLOCK);
        var colours = new HashSet<Integer>();
        for (int by = 20; by < 20 + side; by += block) {
            for (int bx = 20; bx < 20 + side; bx += block) {
                int w = Math.min(block, 20 + side - bx);
                int h = Math.min(block, 20 + side - by);
                assertThat(variance(covered, bx, by, w, h))
                        .as("block at %d,%d", bx, by)
                        .isLessThan(1e-6);
                assertThat(distinctColours(covered, bx, by, w, h))
                        .as("block at %d,%d", bx, by)
                        .isEqualTo(1);
                colours.add(covered.getRGB(bx, by));
            }
        }
        // At most six blocks along a side: a 6 × 6 mosaic holds no face.
        assertThat(colours.size()).isLessThanOrEqualTo(36);
        // Outside the cover nothing changed.
        assertThat(covered.getRGB(5, 5)).isEqualTo(photo.getRGB(5, 5));
        assertThat(covered.getRGB(side + 30, side + 30)).isEqualTo(photo.getRGB(side + 30, side + 30));
    }

    @Test
    void an_emoji_cover_is_pixelated_underneath_and_its_sticker_drawn_on_top() {
        var photo = TestPhotos.detailed(200, 200);

        var covered = CoverRenderer.burnIn(photo, List.of(PhotoCover.emoji(20, 20, 160, 100, "⭐", null)));
        var pixelatedOnly = CoverRenderer.burnIn(photo, List.of(PhotoCover.pixelate(20, 20, 160, 100, null)));

        // The corners the sticker leaves free are still pixelated, never the original pixels.
        assertThat(covered.getRGB(21, 21)).isEqualTo(pixelatedOnly.getRGB(21, 21));
        assertThat(covered.getRGB(21, 21)).isNotEqualTo(photo.getRGB(21, 21));
        // The sticker itself is drawn in the middle.
        assertThat(covered.getRGB(100, 70)).isNotEqualTo(pixelatedOnly.getRGB(100, 70));
    }

    @Test
    void every_emoji_of_the_palette_is_drawn() {
        var photo = TestPhotos.detailed(100, 100);
        for (var emoji : PhotoCover.EMOJIS) {
            var covered = CoverRenderer.burnIn(photo, List.of(PhotoCover.emoji(0, 0, 100, 100, emoji, null)));
            var plain = CoverRenderer.burnIn(photo, List.of(PhotoCover.pixelate(0, 0, 100, 100, null)));
            assertThat(covered.getRGB(50, 50)).as(emoji).isNotEqualTo(plain.getRGB(50, 50));
        }
    }

    static int distinctColours(BufferedImage image, int x0, int y0, int w, int h) {
        var colours = new HashSet<Integer>();
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static double variance(BufferedImage image, int x0, int y0, int w, int h) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = image.getRGB(x, y);
                double grey = ((p >> 16) & 0xFF) * 0.299 + ((p >> 8) & 0xFF) * 0.587 + (p & 0xFF) * 0.114;
                sum += grey;
                squares += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return Math.max(0, squares / n - mean * mean);
    }
}
