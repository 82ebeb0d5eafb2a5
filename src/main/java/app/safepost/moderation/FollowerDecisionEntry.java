package app.safepost.moderation;

import app.safepost.media.MediaId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One decision about a follower, with who took it, when, why and the evidence. */
public record FollowerDecisionEntry(
        FollowerId follower,
        String followerHandle,
        String accountHandle,
        FollowerDecisionKind kind,
        @Nullable BlockReason reasonCategory,
        @Nullable String reason,
        @Nullable String evidenceLink,
        @Nullable MediaId screenshot,
        @Nullable BlockOutcome platformOutcome,
        @Nullable String platformDetail,
        @Nullable IncidentId incident,
        String decidedBy,
        String decidedByName,
        Instant decidedAt) {}
