package app.safepost.media.domain;

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
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;

/**
 * Finds faces, never whose they are: MediaPipe's BlazeFace "full range" network (a TFLite file, read by
 * OpenCV's DNN module) gives boxes and nothing else; no embedding or template is computed. The network
 * sees 192 × 192 pixels at a time, and a face under about 14 of them goes unseen, so a photo is read in
 * overlapping tiles twice: at seven eighths of the detection size for small faces, and at a third of it
 * for large ones.
 * The model file is found at the system property {@value #MODEL_PROPERTY} or at {@link #DEFAULT_MODEL}
 * (installed by {@code .ci/run} and the Dockerfile). Not thread-safe: one instance per thread.
 */
public final class FaceDetector {

    public static final String MODEL_PROPERTY = "safepost.media.face-model";
    public static final Path DEFAULT_MODEL = Path.of("/usr/local/share/safepost/face_detection_full_range.tflite");
    /** The longest side the photo is scaled to before detection. */
    public static final int DETECTION_SIZE = 1600;
    static final int TILE = 192;
    static final double MIN_SCORE = 0.6;
    /**
     * The fine pass's scale: small enough to save a third of the time of reading at full detection size,
     * large enough that a 40-pixel face of a 12-megapixel photo is still 14 pixels (docs/performance.md).
     */
    private static final double FINE = 0.875;
    private static final double COARSE = 1 / 3.0;
    private static final int FINE_OVERLAP = 40;
    private static final int COARSE_OVERLAP = 80;
    private static final List<String> OUTPUTS = List.of("classifier_face_4", "regressor_face_4");

    /** A face found, in the pixels of the image given to {@link #detect}. */
    public record Box(int x, int y, int width, int height, double score) {
    }

    private final Net net;

    private FaceDetector(Net net) {
        this.net = net;
    }

    /** The detector, or empty when the model file is not installed on this server. */
    public static Optional<FaceDetector> load() {
        var model = modelFile();
        if (!Files.isReadable(model)) {
            return Optional.empty();
        }
        OpenCv.load();
        return Optional.of(new FaceDetector(Dnn.readNetFromTFLite(model.toString())));
    }

    public static Path modelFile() {
        var named = System.getProperty(MODEL_PROPERTY, "");
        return named.isBlank() ? DEFAULT_MODEL : Path.of(named);
    }

    /** Faces in a BGR image whose longest side is at most {@link #DETECTION_SIZE}, best first. */
    public List<Box> detect(Mat bgr) {
        var found = new ArrayList<Box>(pass(bgr, FINE, FINE_OVERLAP));
        found.addAll(pass(bgr, COARSE, COARSE_OVERLAP));
        return suppressOverlaps(found);
    }

    private List<Box> pass(Mat image, double scale, int overlap) {
        Mat scaled = image;
        if (scale != 1.0) {
            scaled = new Mat();
            Imgproc.resize(image, scaled, new Size(Math.max(1, image.cols() * scale), Math.max(1, image.rows() * scale)),
                    0, 0, Imgproc.INTER_AREA);
        }
        var boxes = new ArrayList<Box>();
        int step = TILE - overlap;
        for (int top = 0; top < Math.max(1, scaled.rows() - overlap); top += step) {
            for (int left = 0; left < Math.max(1, scaled.cols() - overlap); left += step) {
                tile(scaled, left, top, scale, boxes);
            }
        }
        if (scaled != image) {
            scaled.release();
        }
        return boxes;
    }

    /** Runs the network on one tile (padded with grey at the edges) and adds what it finds, in image pixels. */
    private void tile(Mat scaled, int left, int top, double scale, List<Box> out) {
        int width = Math.min(TILE, scaled.cols() - left);
        int height = Math.min(TILE, scaled.rows() - top);
        var tile = new Mat(TILE, TILE, CvType.CV_8UC3, new Scalar(127, 127, 127));
        new Mat(scaled, new Rect(left, top, width, height)).copyTo(new Mat(tile, new Rect(0, 0, width, height)));
        var blob = Dnn.blobFromImage(tile, 1 / 127.5, new Size(TILE, TILE), new Scalar(127.5, 127.5, 127.5), true, false);
        var outputs = new ArrayList<Mat>();
        net.setInput(blob);
        net.forward(outputs, OUTPUTS);
        var classes = outputs.get(0);
        var regression = outputs.get(1);
        int cells = classes.size(2) * classes.size(3);
        int across = classes.size(3);
        float[] scores = new float[cells];
        classes.reshape(1, 1).get(0, 0, scores);
        float[] coords = null;
        for (int i = 0; i < cells; i++) {
            double score = 1 / (1 + Math.exp(-Math.clamp(scores[i], -100f, 100f)));
            if (score < MIN_SCORE) {
                continue;
            }
            if (coords == null) {
                coords = new float[16 * cells];
                regression.reshape(1, 1).get(0, 0, coords);
            }
            // One anchor per cell of the 48 × 48 map (stride 4), offsets in tile pixels: x, y, width, height.
            double cx = (i % across + 0.5) * 4 + coords[i];
            double cy = (i / across + 0.5) * 4 + coords[cells + i];
            double w = coords[2 * cells + i];
            double h = coords[3 * cells + i];
            if (w <= 0 || h <= 0 || cx < 0 || cy < 0 || cx > width || cy > height) {
                continue;
            }
            out.add(new Box((int) Math.round((left + cx - w / 2) / scale), (int) Math.round((top + cy - h / 2) / scale),
                    (int) Math.round(w / scale), (int) Math.round(h / scale), score));
        }
        tile.release();
        blob.release();
        outputs.forEach(Mat::release);
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
