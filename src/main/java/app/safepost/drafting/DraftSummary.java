package app.safepost.drafting;

import app.safepost.compliance.Verdict;
import app.safepost.publishing.PublishedPost;
import java.time.Instant;

/**
 * One line of a list of drafts.
 *
 * @param practice it went out in practice mode: kept in the portal, nothing left the school
 */
public record DraftSummary(
        DraftId id,
        String accountHandle,
        String author,
        DraftStatus status,
        String opening,
        Verdict verdict,
        Instant updatedAt,
        boolean practice) {

    /** The status in words; a post kept in practice mode never reads as published. */
    public String statusLabel() {
        return practice && status == DraftStatus.PUBLISHED
                ? PublishedPost.PRACTICE
                : practice ? status.label() + " (" + PublishedPost.PRACTICE + ")" : status.label();
    }
}
