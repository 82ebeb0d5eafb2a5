package app.safepost.media.domain;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * OpenCV's native library, loaded once from inside its jar, and set to one thread: photo analysis runs
 * in the background and must leave the other cores to the portal's screens.
 */
final class OpenCv {

    private static boolean loaded;

    private OpenCv() {}

    static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            Core.setNumThreads(1);
            loaded = true;
        }
    }

    /**
     * A stored image of {@code width} × {@code height} decoded into BGR pixels with its longest side at
     * most {@code longest}; it is decoded at a half or a quarter of its size where that is still large
     * enough, which is much faster for a JPEG.
     */
    static Mat decodeScaled(byte[] stored, int width, int height, int longest) {
        load();
        int side = Math.max(width, height);
        int flags = side >= 4 * longest
                ? Imgcodecs.IMREAD_REDUCED_COLOR_4
                : side >= 2 * longest ? Imgcodecs.IMREAD_REDUCED_COLOR_2 : Imgcodecs.IMREAD_COLOR;
        var image = Imgcodecs.imdecode(new MatOfByte(stored), flags | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
        if (image.empty()) {
            throw new IllegalStateException("A stored photo cannot be decoded");
        }
        int decodedSide = Math.max(image.cols(), image.rows());
        if (decodedSide <= longest) {
            return image;
        }
        double scale = longest / (double) decodedSide;
        var scaled = new Mat();
        Imgproc.resize(
                image,
                scaled,
                new Size(Math.round(image.cols() * scale), Math.round(image.rows() * scale)),
                0,
                0,
                Imgproc.INTER_AREA);
        image.release();
        return scaled;
    }
}
