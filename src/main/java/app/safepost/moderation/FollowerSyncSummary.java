package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import java.time.Instant;

/**
 * One synchronisation of an account's followers with its platform: who ran it (a member of SLT, or the
 * nightly run), when, and what it found, or why it was skipped or failed, in plain words.
 *
 * @param found how many followers the platform listed
 * @param added followers the register did not know
 * @param gone  followers the register had that the platform no longer lists
 */
public record FollowerSyncSummary(
        AccountId account,
        String accountHandle,
        SyncOutcome outcome,
        int found,
        int added,
        int gone,
        String detail,
        String runBy,
        String runByName,
        boolean scheduled,
        Instant at) {}
