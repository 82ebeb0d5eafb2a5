package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.media.ClassPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceDetectorTest {

    @Test
    void every_side_of_any_length_is_covered_by_tiles_that_overlap_by_at_least_forty_pixels() {
        for (int length = 1; length <= 2400; length++) {
            var tiling = FaceDetector.Tiling.of(length);
            assertThat(tiling.tile() % FaceModel.MULTIPLE)
                    .as("tile for %d", length)
                    .isZero();
            assertThat(tiling.tile()).as("tile for %d", length).isBetween(FaceModel.NATIVE, FaceDetector.LARGEST_TILE);
            assertThat(tiling.start(0, length)).isZero();
            assertThat(tiling.start(tiling.count() - 1, length) + tiling.tile())
                    .as("end for %d", length)
                    .isGreaterThanOrEqualTo(length);
            for (int i = 1; i < tiling.count(); i++) {
                int overlap = tiling.start(i - 1, length) + tiling.tile() - tiling.start(i, length);
                assertThat(overlap)
                        .as("overlap of tiles %d and %d for %d", i - 1, i, length)
                        .isGreaterThanOrEqualTo(FaceDetector.OVERLAP);
            }
        }
    }

    @Test
    void a_photo_scaled_for_the_small_faces_is_read_in_eight_tiles_rather_than_sixty_three() {
        // 1,600 × 1,200 at four fifths: 1,280 × 960 pixels.
        assertThat(FaceDetector.Tiling.of(1280)).isEqualTo(new FaceDetector.Tiling(4, 352));
        assertThat(FaceDetector.Tiling.of(960)).isEqualTo(new FaceDetector.Tiling(2, 512));
        assertThat(FaceDetector.Tiling.of(300)).isEqualTo(new FaceDetector.Tiling(1, 320));
    }

    @Test
    void a_model_file_that_is_not_blazeface_full_range_is_refused_by_name(@TempDir Path dir) throws Exception {
        var other = dir.resolve("other.tflite");
        Files.write(other, new byte[] {8, 0, 0, 0, 12, 0, 0, 0, 12, 0, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> new FaceModel(other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(other + " is not BlazeFace's full-range network");
    }

    @Test
    void small_faces_are_found_by_the_network_resized_for_large_tiles() {
        // Faces of 60-120 pixels are 19-38 pixels in the small-face pass's tiles of 352 × 512, and too
        // small for the large-face pass: only the resized network can find them.
        var detector = FaceDetector.load().orElseThrow();
        var scene = ClassPhotos.scene(7, 12, 60, 120);
        var image =
                OpenCv.decodeScaled(scene.jpeg(), ClassPhotos.WIDTH, ClassPhotos.HEIGHT, FaceDetector.DETECTION_SIZE);
        var faces = PhotoAnalyses.faces(
                detector.detect(image),
                ClassPhotos.WIDTH / (double) image.cols(),
                ClassPhotos.WIDTH,
                ClassPhotos.HEIGHT);
        image.release();

        var matched = new boolean[faces.size()];
        for (var truth : scene.faces()) {
            int found = FaceMatch.firstUnmatched(truth.box(), faces, matched);
            if (truth.pose().equals("frontal")) {
                assertThat(found).as("frontal face at %s", truth.box()).isNotNegative();
            }
        }
        assertThat(matched).as("a box where there is no face").containsOnly(true);
    }
}
