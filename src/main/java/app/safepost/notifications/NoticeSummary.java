package app.safepost.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app notice as its recipient sees it; {@code link} is a route of the portal, if any. */
public record NoticeSummary(
        NoticeId id,
        String subject,
        String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
