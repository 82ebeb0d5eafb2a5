package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incident as lists show it. {@code whatHappened} has pupils' names masked when a governor reads it.
 */
public record IncidentSummary(
        IncidentId id,
        AccountId account,
        String accountHandle,
        IncidentCategory category,
        IncidentStatus status,
        boolean serious,
        Instant reportedAt,
        String reportedBy,
        String reportedByName,
        String whatHappened,
        @Nullable Instant firstActionAt,
        @Nullable Instant closedAt) {}
