package app.safepost.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A trip delegation as SLT see it, with its status at the moment it was read. */
public record TripDelegationSummary(
        TripDelegationId id,
        AccountId account,
        String accountHandle,
        String delegate,
        String delegateName,
        String tripName,
        Instant startsAt,
        Instant endsAt,
        String reason,
        String grantedBy,
        Instant grantedAt,
        @Nullable String revokedBy,
        @Nullable Instant revokedAt,
        TripDelegationStatus status) {}
