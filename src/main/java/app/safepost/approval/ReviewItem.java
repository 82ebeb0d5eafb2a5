package app.safepost.approval;

import app.safepost.compliance.ComplianceResult;
import app.safepost.drafting.DraftDetails;
import app.safepost.media.MediaSummary;
import java.util.List;

/**
 * A submitted draft as a reviewer opens it: the draft, the checks run again now, its photos (with the
 * device each came from) and the decisions already made on it.
 */
public record ReviewItem(
        DraftDetails draft, ComplianceResult checkedNow, List<MediaSummary> photos, List<ReviewDecision> decisions) {

    /** P3: photos whose metadata names no registered school device. */
    public List<MediaSummary> photosFromUnregisteredDevices() {
        return photos.stream().filter(p -> !p.fromRegisteredDevice()).toList();
    }
}
