package app.safepost.media.domain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.MatOfByte;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * BlazeFace's network for any input of multiples of 32 pixels, not only its 192 × 192. Its layers are
 * all convolutions except three up-samplings whose output sizes (12, 24 and 48 pixels square) are
 * constants in the TFLite file, which OpenCV reads as fixed sizes; rewriting those three constants
 * gives the same network for a larger input, so a photo is read in a few large tiles that hardly
 * overlap instead of many small ones (docs/performance.md). A network is kept for the last few sizes.
 */
final class FaceModel {

    /** The size of the network's input in the file; the up-samplings are at 1/16, 1/8 and 1/4 of it. */
    static final int NATIVE = 192;

    static final int MULTIPLE = 32;
    private static final List<Integer> DIVISORS = List.of(16, 8, 4);
    private static final int NETWORKS_KEPT = 4;

    private final byte[] file;
    private final int[] sizeAt = new int[DIVISORS.size()];
    private final Map<Long, Net> networks = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Net> eldest) {
            return size() > NETWORKS_KEPT;
        }
    };

    FaceModel(Path path) throws IOException {
        this.file = Files.readAllBytes(path);
        for (int i = 0; i < DIVISORS.size(); i++) {
            sizeAt[i] = onlyPlaceOf(NATIVE / DIVISORS.get(i), path);
        }
    }

    /** The network for an input of {@code width} × {@code height}, both multiples of {@value #MULTIPLE}. */
    Net network(int width, int height) {
        if (width % MULTIPLE != 0 || height % MULTIPLE != 0 || width < NATIVE || height < NATIVE) {
            throw new IllegalArgumentException("No network for " + width + " × " + height);
        }
        return networks.computeIfAbsent(((long) width << 32) | height, key -> read(width, height));
    }

    private Net read(int width, int height) {
        var sized = file.clone();
        var buffer = ByteBuffer.wrap(sized).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < DIVISORS.size(); i++) {
            // A TFLite buffer is its length in bytes followed by the bytes: here the height, then the width.
            buffer.putInt(sizeAt[i] + 4, height / DIVISORS.get(i));
            buffer.putInt(sizeAt[i] + 8, width / DIVISORS.get(i));
        }
        return Dnn.readNetFromTFLite(new MatOfByte(sized));
    }

    /** Where the file holds the up-sampling size {@code side} × {@code side}; it must hold it exactly once. */
    private int onlyPlaceOf(int side, Path path) {
        var wanted = ByteBuffer.allocate(12)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(8)
                .putInt(side)
                .putInt(side)
                .array();
        int found = -1;
        for (int at = 0; at + wanted.length <= file.length; at++) {
            if (matches(at, wanted)) {
                if (found >= 0) {
                    throw notBlazeFace(path);
                }
                found = at;
            }
        }
        if (found < 0) {
            throw notBlazeFace(path);
        }
        return found;
    }

    private boolean matches(int at, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (file[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    private static IllegalStateException notBlazeFace(Path path) {
        return new IllegalStateException("The face model at " + path
                + " is not BlazeFace's full-range network (its up-sampling sizes are not where they should be)");
    }
}
