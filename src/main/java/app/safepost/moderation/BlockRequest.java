package app.safepost.moderation;

import app.safepost.media.MediaId;
import org.jspecify.annotations.Nullable;

/**
 * SLT's decision to block a follower (P7): the reason category, what they saw (text), a link to it,
 * an optional screenshot taken in through the photo intake, and the incident it comes from, if any.
 */
public record BlockRequest(
        @Nullable BlockReason reasonCategory,
        @Nullable String evidence,
        @Nullable String evidenceLink,
        @Nullable MediaId screenshot,
        @Nullable IncidentId incident) {}
