package app.safepost.media.domain;

import app.safepost.media.PhotoFace;
import app.safepost.media.Region;
import java.util.List;

/**
 * How the face detector's test and benchmark count a labelled face as found: a detected box whose centre
 * lies in the true box and whose area differs less than 2.5 times.
 */
final class FaceMatch {

    private FaceMatch() {}

    /** The index of the first unmatched detected face whose centre is in the true box, of a similar size; -1 if none. */
    static int firstUnmatched(Region truth, List<PhotoFace> faces, boolean[] matched) {
        for (int i = 0; i < faces.size(); i++) {
            var box = faces.get(i).box();
            double cx = box.x() + box.width() / 2.0;
            double cy = box.y() + box.height() / 2.0;
            double ratio = (double) box.width() * box.height() / ((double) truth.width() * truth.height());
            if (!matched[i]
                    && cx >= truth.x()
                    && cx <= truth.x() + truth.width()
                    && cy >= truth.y()
                    && cy <= truth.y() + truth.height()
                    && ratio > 1 / 2.5
                    && ratio < 2.5) {
                matched[i] = true;
                return i;
            }
        }
        return -1;
    }
}
