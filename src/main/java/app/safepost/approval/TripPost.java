package app.safepost.approval;

import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.publishing.PublishedPost;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post written under a trip delegation (P2) and whether SLT reviewed it after the trip.
 *
 * @param practice it went out in practice mode: kept in the portal, nothing left the school
 */
public record TripPost(
        DraftDetails draft,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        boolean practice) {

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** The draft's status in words; a post kept in practice mode never reads as published. */
    public String statusLabel() {
        return practice && draft.status() == DraftStatus.PUBLISHED
                ? PublishedPost.PRACTICE
                : draft.status().label();
    }
}
