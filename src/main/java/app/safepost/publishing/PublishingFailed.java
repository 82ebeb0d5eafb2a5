package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * Sending a post failed. {@code permanent}: the platform refused it (credentials, validation) and the
 * portal will not try again; otherwise it is retried later.
 */
public record PublishingFailed(UUID reference, AccountId account, String reason, boolean permanent, Instant at) {}
