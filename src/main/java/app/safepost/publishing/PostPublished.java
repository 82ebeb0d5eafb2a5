package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import java.util.UUID;

/** An approved post is on the platform (or in the sandbox). Published inside publishing's transaction. */
public record PostPublished(UUID reference, AccountId account, String platformPostId, String url,
                            Instant publishedAt) {
}
