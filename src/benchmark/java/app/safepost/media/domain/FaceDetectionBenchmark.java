package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.ClassPhotos;
import app.safepost.media.Region;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * Not a test: measures the face detector on the labelled class photos ({@link ClassPhotos}: 6 photos of
 * 4,032 × 3,024 with 12 faces each, 40 to 200 pixels wide, from three openly licensed portraits, some
 * mirrored, lighter or darker) — recall by pose and size, false faces per photo — and the time of
 * detection (one thread, photo scaled to 1,600 pixels) and of OCR on a 12-megapixel photo. Writes
 * target/benchmarks/face-detection.txt. Run it on one core with
 * {@code taskset -c 0 ./mvnw test -Pbenchmark -Dtest=FaceDetectionBenchmark}.
 */
@Tag("benchmark")
class FaceDetectionBenchmark {

    private static final int PHOTOS = 6;
    private static final int FACES_PER_PHOTO = 12;
    /** Each photo's detection is timed this many times, for a steadier median on a shared machine. */
    private static final int ROUNDS = 3;

    @Test
    void recall_false_faces_and_time_on_labelled_class_photos() throws Exception {
        var detector = FaceDetector.load()
                .orElseThrow(() -> new IllegalStateException(
                        "No face model at " + FaceDetector.modelFile() + ": run .ci/run's install step first"));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var found = new LinkedHashMap<String, int[]>();
        int falseFaces = 0;
        int total = 0;
        var detectMillis = new ArrayList<Double>();
        var detectCpu = new ArrayList<Double>();
        var threads = ManagementFactory.getThreadMXBean();
        // The networks for each tile size are read on first use: once per server, not per photo.
        var warmUp = new Mat(
                ClassPhotos.HEIGHT * FaceDetector.DETECTION_SIZE / ClassPhotos.WIDTH,
                FaceDetector.DETECTION_SIZE,
                CvType.CV_8UC3,
                Scalar.all(127));
        detector.detect(warmUp);
        warmUp.release();
        var decodeMillis = new ArrayList<Double>();
        for (int p = 0; p < PHOTOS; p++) {
            var scene = ClassPhotos.scene(100 + p, FACES_PER_PHOTO, 40, 200);
            var jpeg = scene.jpeg();
            long start = System.nanoTime();
            var image = OpenCv.decodeScaled(jpeg, ClassPhotos.WIDTH, ClassPhotos.HEIGHT, FaceDetector.DETECTION_SIZE);
            decodeMillis.add((System.nanoTime() - start) / 1e6);
            List<FaceDetector.Box> boxes = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                boxes = detector.detect(image);
                detectMillis.add((System.nanoTime() - start) / 1e6);
                detectCpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
            var faces = PhotoAnalyses.faces(
                    boxes, ClassPhotos.WIDTH / (double) image.cols(), ClassPhotos.WIDTH, ClassPhotos.HEIGHT);
            image.release();
            var matched = new boolean[faces.size()];
            for (var truth : scene.faces()) {
                total++;
                int hit = FaceMatch.firstUnmatched(truth.box(), faces, matched);
                var keys = List.of("all", truth.pose(), size(truth.box()));
                for (var key : keys) {
                    var counts = found.computeIfAbsent(key, k -> new int[2]);
                    counts[1]++;
                    if (hit >= 0) {
                        counts[0]++;
                    }
                }
            }
            for (boolean m : matched) {
                falseFaces += m ? 0 : 1;
            }
        }
        var ocrCpu = new ArrayList<Double>();
        var ocr = ocrMillis(ocrCpu);
        var report = new StringBuilder(String.format(
                Locale.ROOT,
                """
                Face detection benchmark (%s, %d cores, load average %.1f at the start and %.1f at the end, %s)
                labelled set: %d photos of 4032 x 3024, %d faces, 40-200 px wide (ClassPhotos, seeds 100-%d)
                a face counts as found when a detected box's centre lies in its true box and the areas differ
                less than 2.5 times; any other detected box is a false face
                """,
                java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.version"),
                PHOTOS,
                total,
                100 + PHOTOS - 1));
        found.forEach((key, counts) -> report.append(String.format(
                Locale.ROOT,
                "recall %-22s %3d of %3d = %5.1f%%%n",
                key,
                counts[0],
                counts[1],
                100.0 * counts[0] / counts[1])));
        report.append(String.format(
                Locale.ROOT,
                """
                false faces: %d in %d photos = %.2f per photo
                decode to 1600 px (OpenCV, reduced JPEG decoding): median %.0f ms
                detection at 1600 px, one thread, %d runs: wall median %.0f ms (min %.0f, max %.0f); CPU median %.0f ms (min %.0f, max %.0f)
                OCR (tesseract, one thread) of a 12-megapixel certificate photo at 1600 px: wall median %.0f ms (min %.0f,
                  max %.0f); CPU (the tesseract process) median %.0f ms
                """,
                falseFaces,
                PHOTOS,
                falseFaces / (double) PHOTOS,
                median(decodeMillis),
                detectMillis.size(),
                median(detectMillis),
                min(detectMillis),
                max(detectMillis),
                median(detectCpu),
                min(detectCpu),
                max(detectCpu),
                median(ocr),
                min(ocr),
                max(ocr),
                median(ocrCpu)));
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "face-detection.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        assertThat(total).isEqualTo(PHOTOS * FACES_PER_PHOTO);
    }

    private static List<Double> ocrMillis(List<Double> cpu) throws java.io.IOException {
        var jpeg = ClassPhotos.certificate("Olivia Bennett");
        var times = new ArrayList<Double>();
        for (int i = 0; i < 5; i++) {
            var image = OpenCv.decodeScaled(jpeg, ClassPhotos.WIDTH, ClassPhotos.HEIGHT, FaceDetector.DETECTION_SIZE);
            long start = System.nanoTime();
            long childStart = PhotoIntakeBenchmark.childProcessCpuMillis();
            var text = TextReader.read(image, ClassPhotos.WIDTH / (double) image.cols())
                    .orElseThrow();
            times.add((System.nanoTime() - start) / 1e6);
            cpu.add((double) (PhotoIntakeBenchmark.childProcessCpuMillis() - childStart));
            assertThat(text.lines()).isNotEmpty();
            image.release();
        }
        return times;
    }

    private static String size(Region truth) {
        return truth.width() < 80 ? "40-79 px" : truth.width() < 140 ? "80-139 px" : "140-200 px";
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray())
                .max()
                .orElse(0);
    }
}
