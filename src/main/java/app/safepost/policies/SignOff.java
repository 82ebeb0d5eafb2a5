package app.safepost.policies;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The head teacher's sign-off of a version: who, when, the SHA-256 of the exact text signed, the next
 * review date, and the reason if they signed with comments still open.
 */
public record SignOff(
        String signedBy,
        String signedByName,
        LocalDate signedOn,
        String textSha256,
        LocalDate nextReviewDue,
        @Nullable String overrideReason) {}
