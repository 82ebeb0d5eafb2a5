package app.safepost.media.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgproc.Imgproc;

/**
 * Finds faces, never whose they are: MediaPipe's BlazeFace "full range" network (a TFLite file, read by
 * OpenCV's DNN module) gives boxes and nothing else; no embedding or template is computed. The network
 * misses a face under about 13 pixels and is made for faces smaller than what it reads, so a photo is
 * read twice: at four fifths of the detection size in a few tiles of up to 512 pixels that overlap by
 * at least {@value #OVERLAP} (small faces: a 40-pixel face of a 12-megapixel photo is 13 pixels there),
 * and at a quarter of it, usually in one tile (large faces). The network costs the same per pixel
 * whatever the tile's size, so large tiles save the time small ones spend reading their overlaps twice
 * ({@link FaceModel}).
 * The model file is found at the system property {@value #MODEL_PROPERTY} or at {@link #DEFAULT_MODEL}
 * (installed by {@code .ci/run} and the Dockerfile). Not thread-safe: one instance per thread.
 */
public final class FaceDetector {

    public static final String MODEL_PROPERTY = "safepost.media.face-model";
    public static final Path DEFAULT_MODEL = Path.of("/usr/local/share/safepost/face_detection_full_range.tflite");
    /** The longest side the photo is scaled to before detection. */
    public static final int DETECTION_SIZE = 1600;
    /** MediaPipe's own default for this network. */
    static final double MIN_SCORE = 0.5;
    /** The network's raw score for {@link #MIN_SCORE}, so the score is worked out only for the few cells above it. */
    private static final double MIN_LOGIT = Math.log(MIN_SCORE / (1 - MIN_SCORE));

    static final int OVERLAP = 40;
    static final int LARGEST_TILE = 512;
    /**
     * The fine pass's scale: the smallest at which the 40-pixel faces of a 12-megapixel photo are still
     * found (docs/performance.md); the time grows with its square.
     */
    private static final double FINE = 0.8;

    private static final double COARSE = 0.25;
    private static final List<String> OUTPUTS = List.of("classifier_face_4", "regressor_face_4");

    /** A face found, in the pixels of the image given to {@link #detect}. */
    public record Box(int x, int y, int width, int height, double score) {}

    /** How one side of an image is cut: {@code count} tiles of {@code tile} pixels, spread evenly. */
    record Tiling(int count, int tile) {

        /** The tiling with the fewest pixels that covers {@code length} with tiles overlapping by {@value #OVERLAP}. */
        static Tiling of(int length) {
            var best = new Tiling(1, roundUp(length));
            for (int count = 2; (long) count * FaceModel.NATIVE < 2L * length + 2 * FaceModel.NATIVE; count++) {
                var tiling = new Tiling(count, roundUp((length + (count - 1) * OVERLAP + count - 1) / count));
                if (tiling.tile() <= LARGEST_TILE && (best.tile() > LARGEST_TILE || tiling.pixels() < best.pixels())) {
                    best = tiling;
                }
            }
            return best;
        }

        int start(int index, int length) {
            return count == 1 ? 0 : (int) Math.round((double) index * Math.max(0, length - tile) / (count - 1));
        }

        private int pixels() {
            return count * tile;
        }

        private static int roundUp(int length) {
            return Math.max(
                    FaceModel.NATIVE, (length + FaceModel.MULTIPLE - 1) / FaceModel.MULTIPLE * FaceModel.MULTIPLE);
        }
    }

    private final FaceModel model;

    private FaceDetector(FaceModel model) {
        this.model = model;
    }

    /** The detector, or empty when the model file is not installed on this server. */
    public static Optional<FaceDetector> load() {
        var file = modelFile();
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        OpenCv.load();
        try {
            return Optional.of(new FaceDetector(new FaceModel(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("The face model at " + file + " cannot be read", e);
        }
    }

    public static Path modelFile() {
        var named = System.getProperty(MODEL_PROPERTY, "");
        return named.isBlank() ? DEFAULT_MODEL : Path.of(named);
    }

    /** Faces in a BGR image whose longest side is at most {@link #DETECTION_SIZE}, best first. */
    public List<Box> detect(Mat bgr) {
        var found = new ArrayList<Box>(pass(bgr, FINE));
        found.addAll(pass(bgr, COARSE));
        return suppressOverlaps(found);
    }

    private List<Box> pass(Mat image, double scale) {
        var scaled = new Mat();
        // Averaging areas is slow for a ratio like four fifths and no better for the network than bilinear.
        Imgproc.resize(
                image,
                scaled,
                new Size(Math.max(1, Math.round(image.cols() * scale)), Math.max(1, Math.round(image.rows() * scale))),
                0,
                0,
                scale == FINE ? Imgproc.INTER_LINEAR : Imgproc.INTER_AREA);
        var across = Tiling.of(scaled.cols());
        var down = Tiling.of(scaled.rows());
        var boxes = new ArrayList<Box>();
        for (int row = 0; row < down.count(); row++) {
            for (int column = 0; column < across.count(); column++) {
                tile(scaled, across, column, down, row, scale, boxes);
            }
        }
        scaled.release();
        return boxes;
    }

    /** Runs the network on one tile (padded with grey past the image's edges) and adds what it finds, in image pixels. */
    private void tile(Mat scaled, Tiling across, int column, Tiling down, int row, double scale, List<Box> out) {
        var place = new Rect(across.start(column, scaled.cols()), down.start(row, scaled.rows()), 0, 0);
        place.width = Math.min(across.tile(), scaled.cols() - place.x);
        place.height = Math.min(down.tile(), scaled.rows() - place.y);
        var tile = new Mat(down.tile(), across.tile(), CvType.CV_8UC3, new Scalar(127, 127, 127));
        new Mat(scaled, place).copyTo(new Mat(tile, new Rect(0, 0, place.width, place.height)));
        var blob = Dnn.blobFromImage(
                tile, 1 / 127.5, new Size(across.tile(), down.tile()), new Scalar(127.5, 127.5, 127.5), true, false);
        var net = model.network(across.tile(), down.tile());
        var outputs = new ArrayList<Mat>();
        net.setInput(blob);
        net.forward(outputs, OUTPUTS);
        read(outputs.get(0), outputs.get(1), place, scale, out);
        tile.release();
        blob.release();
        outputs.forEach(Mat::release);
    }

    /** The boxes of the cells scoring at least {@link #MIN_SCORE} whose centre lies in the tile's part of the image. */
    private static void read(Mat classes, Mat regression, Rect place, double scale, List<Box> out) {
        int cells = classes.size(2) * classes.size(3);
        int cellsAcross = classes.size(3);
        float[] scores = new float[cells];
        classes.reshape(1, 1).get(0, 0, scores);
        float[] coords = null;
        for (int i = 0; i < cells; i++) {
            if (scores[i] < MIN_LOGIT) {
                continue;
            }
            if (coords == null) {
                coords = new float[16 * cells];
                regression.reshape(1, 1).get(0, 0, coords);
            }
            // One anchor per cell of the map (stride 4), offsets in tile pixels: x, y, width, height.
            double cx = (i % cellsAcross + 0.5) * 4 + coords[i];
            double cy = (i / cellsAcross + 0.5) * 4 + coords[cells + i];
            double w = coords[2 * cells + i];
            double h = coords[3 * cells + i];
            if (w <= 0 || h <= 0 || cx < 0 || cy < 0 || cx > place.width || cy > place.height) {
                continue;
            }
            double score = 1 / (1 + Math.exp(-Math.clamp(scores[i], -100f, 100f)));
            out.add(new Box(
                    (int) Math.round((place.x + cx - w / 2) / scale),
                    (int) Math.round((place.y + cy - h / 2) / scale),
                    (int) Math.round(w / scale),
                    (int) Math.round(h / scale),
                    score));
        }
    }

    /** The best box of each group of boxes that overlap by more than a third, best first. */
    static List<Box> suppressOverlaps(List<Box> boxes) {
        var sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::score).reversed());
        var kept = new ArrayList<Box>();
        for (var box : sorted) {
            if (kept.stream().noneMatch(k -> overlap(k, box) > 1 / 3.0)) {
                kept.add(box);
            }
        }
        return kept;
    }

    /** Intersection over the smaller box: a box inside another counts as the same face. */
    static double overlap(Box a, Box b) {
        int x0 = Math.max(a.x(), b.x());
        int y0 = Math.max(a.y(), b.y());
        int x1 = Math.min(a.x() + a.width(), b.x() + b.width());
        int y1 = Math.min(a.y() + a.height(), b.y() + b.height());
        if (x1 <= x0 || y1 <= y0) {
            return 0;
        }
        double inter = (double) (x1 - x0) * (y1 - y0);
        return inter / Math.min((double) a.width() * a.height(), (double) b.width() * b.height());
    }
}
