package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A follow exception: what is (or would be) followed, why, who asked, and who decided and why. */
public record FollowExceptionSummary(
        FollowExceptionId id,
        AccountId account,
        String accountHandle,
        String handle,
        FollowKind kind,
        String justification,
        FollowExceptionStatus status,
        String requestedBy,
        String requestedByName,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason) {}
