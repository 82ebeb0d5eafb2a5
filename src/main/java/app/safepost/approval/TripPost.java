package app.safepost.approval;

import app.safepost.drafting.DraftDetails;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A post written under a trip delegation (P2) and whether SLT reviewed it after the trip. */
public record TripPost(DraftDetails draft, @Nullable String reviewedBy, @Nullable Instant reviewedAt) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
