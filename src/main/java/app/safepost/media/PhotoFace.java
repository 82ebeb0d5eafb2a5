package app.safepost.media;

import java.util.List;

/**
 * A face the detector found: only where it is, never whose it is (no embedding, nothing that could
 * recognise a child). {@code id} is stable for the photo ("f1", "f2", … from left to right).
 */
public record PhotoFace(String id, Region box) {

    /** Whether one of these covers hides at least four fifths of the face's box. */
    public boolean coveredBy(List<PhotoCover> covers) {
        return covers.stream().anyMatch(c -> box.coveredBy(c.x(), c.y(), c.width(), c.height()) >= COVERED);
    }

    /** The share of a face's box that one cover must hide for the face to count as covered. */
    public static final double COVERED = 0.8;
}
