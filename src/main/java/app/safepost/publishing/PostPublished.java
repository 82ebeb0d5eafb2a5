package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * An approved post is on the platform, or kept in the sandbox ({@code practice}: the account is in practice
 * mode and nothing left the school). Published inside publishing's transaction.
 */
public record PostPublished(
        UUID reference, AccountId account, String platformPostId, String url, Instant publishedAt, boolean practice) {}
