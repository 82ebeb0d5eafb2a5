package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follower as the register lists it.
 *
 * @param following false once a synchronisation no longer found them among the platform's followers
 * @param leftOn    the day that synchronisation ran
 */
public record FollowerSummary(
        FollowerId id,
        AccountId account,
        String accountHandle,
        String handle,
        @Nullable String displayName,
        LocalDate firstSeen,
        FollowerStatus status,
        boolean following,
        @Nullable LocalDate leftOn) {}
