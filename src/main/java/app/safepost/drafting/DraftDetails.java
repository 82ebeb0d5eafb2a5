package app.safepost.drafting;

import app.safepost.accounts.AccountSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft as its author and SLT see it.
 *
 * @param version     changes with every save and status change; an edit or decision must name the
 *                    version it was made on
 * @param latestCheck the compliance result stored with the latest saved, submitted or approved version
 * @param delegation  the trip delegation the author drafted under, if any (reviewed after the trip)
 * @param reviewComment why SLT sent the draft back, while it is sent back
 * @param meantFor    when the author means the post to go out, if they said
 */
public record DraftDetails(
        DraftId id,
        AccountSummary account,
        String author,
        DraftStatus status,
        long version,
        DraftContent content,
        StoredCheck latestCheck,
        @Nullable String warningsAcknowledgement,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable UUID delegation,
        @Nullable String reviewComment,
        @Nullable Instant meantFor) {

    public List<DraftContent.PupilShown> pupilsShown() {
        return content.pupilsShown();
    }
}
