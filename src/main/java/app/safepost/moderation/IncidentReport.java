package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import app.safepost.media.MediaId;
import org.jspecify.annotations.Nullable;

/**
 * What a member of staff reports: the account it happened on, the category, what happened, links to
 * the content, an optional screenshot taken in through the photo intake, and whether it is serious.
 */
public record IncidentReport(
        @Nullable AccountId account,
        @Nullable IncidentCategory category,
        @Nullable String whatHappened,
        @Nullable String links,
        @Nullable MediaId screenshot,
        boolean serious) {}
