package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post in the published register.
 *
 * @param status   "scheduled", "sending", "published", "failed", "withdrawn", "taken-down" or "unchecked"
 *                 (tried before, the platform would not say whether it is there: SLT look and confirm)
 * @param practice the post was kept in the sandbox (its account in practice mode), or will be if it went
 *                 out now: nothing leaves the school
 * @param checkedBy who looked on the platform for an unchecked post and confirmed, and when
 */
public record PublishedPost(
        UUID reference,
        AccountId account,
        String handle,
        Platform platform,
        String status,
        @Nullable String platformPostId,
        @Nullable String url,
        String text,
        String author,
        String approvedBy,
        Instant publishAt,
        @Nullable Instant publishedAt,
        List<String> pupilUpns,
        @Nullable Instant takenDownAt,
        @Nullable String takenDownBy,
        @Nullable String takedownReason,
        @Nullable String failure,
        boolean practice,
        @Nullable String checkedBy,
        @Nullable Instant checkedAt) {

    /** What a screen says of a post in practice mode. */
    public static final String PRACTICE = "Practice mode: not sent";

    public PublishedPost {
        pupilUpns = List.copyOf(pupilUpns);
    }
}
