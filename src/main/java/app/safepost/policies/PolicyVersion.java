package app.safepost.policies;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a policy's text. {@code adopted} is true for the version in force; earlier versions
 * stay readable. A version imported from paper has no sign-off in the portal.
 */
public record PolicyVersion(
        PolicyId policyId,
        String title,
        int number,
        boolean adopted,
        @Nullable LocalDate adoptedOn,
        @Nullable LocalDate reviewDue,
        String text,
        String textSha256,
        @Nullable SignOff signOff) {}
