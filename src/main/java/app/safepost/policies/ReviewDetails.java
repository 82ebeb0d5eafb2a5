package app.safepost.policies;

import java.time.LocalDate;
import java.util.List;

/**
 * A review as its screen shows it: the draft (with its SHA-256, which the head teacher's sign-off must
 * quote), the version it started from, SLT's re-confirmations, and every comment.
 *
 * @param version the review's optimistic-lock version, to detect edits made in the meantime
 */
public record ReviewDetails(
        ReviewId id,
        PolicyId policyId,
        String title,
        boolean open,
        int baseVersion,
        String baseText,
        String draft,
        String draftSha256,
        LocalDate openedOn,
        String openedBy,
        boolean accountsConfirmed,
        boolean followExceptionsConfirmed,
        boolean guidanceConfirmed,
        long version,
        List<PolicyComment> comments) {

    public ReviewDetails {
        comments = List.copyOf(comments);
    }

    public long openComments() {
        return comments.stream()
                .filter(c -> c.replyTo() == null && !c.isResolved())
                .count();
    }

    public boolean allReconfirmed() {
        return accountsConfirmed && followExceptionsConfirmed && guidanceConfirmed;
    }
}
