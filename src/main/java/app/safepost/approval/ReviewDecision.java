package app.safepost.approval;

import app.safepost.drafting.DraftId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision on one version of a draft.
 *
 * @param outcome              {@code approved}, {@code scheduled} or {@code rejected}
 * @param deviceOverrideReason why SLT approved photos not taken on a registered school device (P3)
 */
public record ReviewDecision(
        DraftId draft,
        long draftVersion,
        String outcome,
        @Nullable String comment,
        @Nullable Instant publishAt,
        @Nullable String deviceOverrideReason,
        String decidedBy,
        Instant decidedAt) {}
