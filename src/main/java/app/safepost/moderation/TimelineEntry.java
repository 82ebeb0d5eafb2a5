package app.safepost.moderation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of an incident's timeline with who took it and when; free text is masked for governors. */
public record TimelineEntry(
        StepKind kind,
        String by,
        String byName,
        Instant at,
        @Nullable String detail,
        @Nullable Authority authority,
        @Nullable String authorityContact,
        @Nullable LocalDate escalatedOn,
        @Nullable String reference,
        @Nullable FollowerId follower) {}
