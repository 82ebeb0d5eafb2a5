package app.safepost.approval;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft or a sent post showing a pupil whose image consent was withdrawn (P14), for SLT to deal with.
 *
 * @param kind      {@code draft} or {@code post}
 * @param reference the draft's id (a sent post's reference is its draft's id)
 */
public record NeedsAction(UUID id, long version, String upn, String kind, UUID reference, String accountHandle,
                          Instant raisedAt, @Nullable Instant resolvedAt, @Nullable String resolvedBy,
                          @Nullable String resolution) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
