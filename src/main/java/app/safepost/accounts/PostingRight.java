package app.safepost.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person may do on one account at the moment asked.
 *
 * @param delegation the trip delegation the right comes from, if it comes from one; posts made
 *                   under it are stamped with it and reviewed by SLT after the trip
 */
public record PostingRight(
        AccountSummary account,
        boolean mayDraft,
        boolean mayPublish,
        @Nullable TripDelegationId delegation) {}
