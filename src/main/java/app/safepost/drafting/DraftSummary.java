package app.safepost.drafting;

import app.safepost.compliance.Verdict;
import java.time.Instant;

/** One line of a list of drafts. */
public record DraftSummary(DraftId id, String accountHandle, String author, DraftStatus status, String opening,
                           Verdict verdict, Instant updatedAt) {
}
