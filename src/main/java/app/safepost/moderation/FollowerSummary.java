package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follower as the register lists it. */
public record FollowerSummary(FollowerId id, AccountId account, String accountHandle, String handle,
                              @Nullable String displayName, LocalDate firstSeen, FollowerStatus status) {
}
