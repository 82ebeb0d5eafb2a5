package app.safepost.media;

import app.safepost.pupils.PupilId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A photo as other modules see it: the stored (stripped, oriented) image's type and size, the camera
 * its metadata named, and the covers to burn in when it is published.
 */
public record MediaSummary(
        MediaId id,
        String contentType,
        int width,
        int height,
        long sizeBytes,
        @Nullable CameraDevice device,
        List<PhotoCover> covers,
        String uploadedBy,
        Instant uploadedAt) {

    public MediaSummary {
        covers = List.copyOf(covers);
    }

    /** P3: a photo that does not pass the device check needs SLT's override. */
    public boolean fromRegisteredDevice() {
        return device != null && device.registered();
    }

    /** P3 in plain words: why the photo counts as taken on a school iPad, or why it is flagged. */
    public String deviceExplanation() {
        return device == null
                ? "Not shown to be from a school iPad: uploaded from a browser that is not an enrolled"
                        + " school iPad, and the photo has no camera details."
                : device.explanation();
    }

    /** The pupils covered in this photo. */
    public List<PupilId> coveredPupils() {
        return covers.stream()
                .map(PhotoCover::pupil)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
