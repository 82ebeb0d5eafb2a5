package app.safepost.approval;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft or a sent post showing a pupil whose image consent for its account was withdrawn or expired
 * (P14), or showing or naming a pupil who may never be published, for SLT to deal with.
 *
 * @param kind      {@code draft} or {@code post}
 * @param reference the draft's id (a sent post's reference is its draft's id)
 * @param reason    {@code withdrawn}, {@code expired} or {@code never-publish}
 * @param purpose   the purpose whose consent was withdrawn or expired; null for never publish
 */
public record NeedsAction(
        UUID id,
        long version,
        String upn,
        String kind,
        UUID reference,
        String accountHandle,
        Instant raisedAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable String resolution,
        String reason,
        @Nullable String purpose) {

    /** What happened, in a few words: "consent withdrawn (class-social)". */
    public String why() {
        return switch (reason) {
            case "expired" -> "consent expired (" + purpose + ")";
            case "never-publish" -> "may not appear in any post";
            default -> "consent withdrawn (" + purpose + ")";
        };
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
