package app.safepost.accounts;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * SLT's request to let a senior teacher run an account for a trip.
 *
 * @param startsAt when the delegation starts, in school time (Europe/London)
 * @param endsAt   when it ends, in school time; the delegation is over at that moment
 */
public record TripDelegationRequest(
        @Nullable AccountId account,
        @Nullable String delegate,
        @Nullable String tripName,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable String reason) {}
