package app.safepost.policies;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a section of a review's draft, or a reply to one ({@code replyTo}); SLT resolve a thread. */
public record PolicyComment(
        CommentId id,
        @Nullable CommentId replyTo,
        String section,
        String author,
        String authorName,
        String text,
        Instant writtenAt,
        @Nullable String resolvedByName,
        @Nullable Instant resolvedAt,
        @Nullable String resolution) {

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
