package app.safepost.drafting;

import java.time.Instant;

/**
 * One line of SLT's review queue: what the list shows of a submitted draft. Opening it reads the rest.
 *
 * @param text the post's text as submitted
 */
public record QueuedDraft(DraftId id, String accountHandle, String author, String text, Instant submittedAt) {}
