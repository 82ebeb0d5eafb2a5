package app.safepost.drafting;

import java.time.Instant;

/** One saved version of a draft, from its audit trail: who saved it, when, its status and text. */
public record DraftVersion(long revision, Instant savedAt, String savedBy, DraftStatus status, String text) {}
