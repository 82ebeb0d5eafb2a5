package app.safepost.notifications;

import java.util.UUID;

/** Identifies one in-app notice. */
public record NoticeId(UUID value) {}
