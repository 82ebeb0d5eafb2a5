package app.safepost.drafting;

import app.safepost.accounts.AccountId;
import java.time.Instant;

/**
 * A draft went to SLT for approval: submitted by its author, or sent back to review by an edit after
 * approval. Published inside the submitting transaction.
 */
public record DraftSubmitted(DraftId draft, AccountId account, String author, long version, Instant at) {}
