package app.safepost.trust;

import app.safepost.security.SchoolId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One school's figures on the trust's overview: numbers only, never a pupil or a post's text.
 *
 * @param oldestWaitingSince when the draft that has waited longest for a decision was submitted
 * @param incidentsSerious   of the incidents not closed, those marked serious
 * @param policyReviewsDue   current policies whose review date is near (the review should open)
 * @param consentsExpiring   photo consents that expire in the next 30 days
 * @param integrity          the latest check of the school's revision chain, if one ever ran
 */
public record SchoolFigures(
        SchoolId school,
        @Nullable String urn,
        String name,
        long draftsWaiting,
        @Nullable Instant oldestWaitingSince,
        long incidentsOpen,
        long incidentsSerious,
        long policyReviewsDue,
        long policyReviewsOverdue,
        long consentsExpiring,
        long failedPublications,
        @Nullable Integrity integrity) {

    /** A check of the school's revision chain: when, and whether every link verified. */
    public record Integrity(Instant checkedAt, boolean intact, String verdict) {}
}
