package app.safepost.moderation.domain;

import app.safepost.accounts.AccountSummary;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.FollowerDecisionKind;
import app.safepost.moderation.FollowerStatus;
import app.safepost.moderation.SyncOutcome;
import app.safepost.publishing.AccountFollowers;
import app.safepost.publishing.FollowerCallOutcome;
import app.safepost.publishing.FollowerListing;
import app.safepost.publishing.PlatformFollower;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the follower register in line with what the platforms list, one account at a time, safely
 * beside other portal instances on the same database:
 *
 * <ol>
 * <li>Claim: in one short transaction, lock the account's claim row with {@code FOR UPDATE SKIP LOCKED}
 * (a row another instance is claiming is skipped, not waited for), mark it held by this instance for a
 * lease, and for the nightly run mark the day; commit before the platform is called.</li>
 * <li>Ask the platform (through publishing's {@link AccountFollowers}), outside any transaction.</li>
 * <li>Record, in a new transaction and only if this instance still holds the claim: new followers, ones
 * no longer following, handles and names as the platform has them now, and the synchronisation itself
 * with what it found or why it was skipped or failed; then release the claim.</li>
 * </ol>
 *
 * A follower the register did not know is added with today as its first day seen, under review until a
 * senior leader allows it; those already following at the account's first synchronisation are allowed
 * (they followed before the register existed). Nobody is removed: a follower who stops following stays,
 * marked as no longer following, and a blocked follower stays blocked whatever the platform lists.
 */
public class FollowerSynchroniser {

    private static final Logger log = LoggerFactory.getLogger(FollowerSynchroniser.class);
    private static final int MAX_HANDLE = 200;

    /** This instance's name among the portal instances, and how long it may hold an account's claim. */
    public record Settings(String instance, Duration lease) {}

    private final FollowerRepository followers;
    private final FollowerDecisionRepository decisions;
    private final FollowerSyncRepository syncs;
    private final FollowerSyncClaimRepository claims;
    private final AccountFollowers platforms;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Settings settings;

    public FollowerSynchroniser(
            FollowerRepository followers,
            FollowerDecisionRepository decisions,
            FollowerSyncRepository syncs,
            FollowerSyncClaimRepository claims,
            AccountFollowers platforms,
            TransactionTemplate transaction,
            Clock clock,
            Settings settings) {
        this.followers = followers;
        this.decisions = decisions;
        this.syncs = syncs;
        this.claims = claims;
        this.platforms = platforms;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Synchronises each account in turn. Call as a member of SLT or as the portal itself, outside a
     * transaction. An account another instance holds is recorded as skipped when someone pressed the
     * button, and left alone by the nightly run (the other instance records it).
     *
     * @param scheduled the nightly run: each account at most once a day, across all instances
     * @param by        who ran it: the member of SLT, or the system user
     * @return the synchronisations recorded, in the accounts' order
     */
    public List<FollowerSync> synchronise(List<AccountSummary> accounts, boolean scheduled, String by) {
        var recorded = new ArrayList<FollowerSync>();
        for (var account : accounts) {
            var startedAt = clock.instant();
            if (!claim(account.id().value(), scheduled, startedAt)) {
                if (!scheduled) {
                    recorded.add(save(new FollowerSync(
                            account.id().value(),
                            by,
                            false,
                            startedAt,
                            clock.instant(),
                            SyncOutcome.SKIPPED,
                            0,
                            0,
                            0,
                            "Another synchronisation of " + account.handle()
                                    + " is running; try again in a few minutes.")));
                }
                continue;
            }
            var sync = synchroniseClaimed(account, scheduled, by, startedAt);
            if (sync != null) {
                recorded.add(sync);
            }
        }
        return recorded;
    }

    /** Step 1: the account's claim, held by this instance and committed before the platform is called. */
    boolean claim(UUID account, boolean scheduled, Instant now) {
        createClaimIfMissing(account);
        var day = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var free =
                    scheduled ? claims.lockDueOn(List.of(account), now, day) : claims.lockFree(List.of(account), now);
            free.forEach(c -> c.hold(settings.instance(), now.plus(settings.lease()), scheduled ? day : null));
            return !free.isEmpty();
        }));
    }

    private void createClaimIfMissing(UUID account) {
        try {
            transaction.executeWithoutResult(status -> {
                if (!claims.existsById(account)) {
                    claims.saveAndFlush(new FollowerSyncClaim(account));
                }
            });
        } catch (DataIntegrityViolationException anotherInstanceMadeIt) {
            // Both instances found no row and one inserted it first: the row exists now, which is all we need.
        }
    }

    private @Nullable FollowerSync synchroniseClaimed(
            AccountSummary account, boolean scheduled, String by, Instant startedAt) {
        FollowerListing listing;
        try {
            listing = platforms.followers(account.id());
        } catch (RuntimeException e) {
            log.warn("Synchronising the followers of {} stopped: {}", account.handle(), e.toString());
            listing = new FollowerListing(
                    FollowerCallOutcome.FAILED,
                    List.of(),
                    "The portal could not ask the platform; the error was logged.");
        }
        var answer = listing;
        try {
            return transaction.execute(status -> record(account, answer, scheduled, by, startedAt));
        } catch (RuntimeException e) {
            log.warn("Recording the followers of {} failed: {}", account.handle(), e.toString());
            return transaction.execute(status -> {
                claims.lock(account.id().value())
                        .filter(c -> c.heldBy(settings.instance()))
                        .ifPresent(FollowerSyncClaim::release);
                return syncs.save(new FollowerSync(
                        account.id().value(),
                        by,
                        scheduled,
                        startedAt,
                        clock.instant(),
                        SyncOutcome.FAILED,
                        answer.followers().size(),
                        0,
                        0,
                        "The portal could not record what the platform listed; the error was logged."));
            });
        }
    }

    /** Step 3: the register brought in line and the synchronisation recorded, if the claim is still ours. */
    private @Nullable FollowerSync record(
            AccountSummary account, FollowerListing listing, boolean scheduled, String by, Instant startedAt) {
        var claim = claims.lock(account.id().value()).orElse(null);
        if (claim == null || !claim.heldBy(settings.instance())) {
            log.info("The followers of {} were taken over by another instance; not recorded here", account.handle());
            return null;
        }
        FollowerSync sync;
        if (listing.outcome() == FollowerCallOutcome.DONE) {
            sync = apply(account, listing, scheduled, by, startedAt);
        } else {
            sync = new FollowerSync(
                    account.id().value(),
                    by,
                    scheduled,
                    startedAt,
                    clock.instant(),
                    listing.outcome() == FollowerCallOutcome.FAILED ? SyncOutcome.FAILED : SyncOutcome.SKIPPED,
                    0,
                    0,
                    0,
                    listing.detail());
        }
        claim.release();
        return syncs.save(sync);
    }

    private FollowerSync apply(
            AccountSummary account, FollowerListing listing, boolean scheduled, String by, Instant startedAt) {
        var accountId = account.id().value();
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var now = clock.instant();
        var first = !syncs.existsByAccountIdAndOutcome(accountId, SyncOutcome.SYNCHRONISED);
        var known = followers.findByAccountId(accountId);
        var byPlatformId = new HashMap<String, Follower>();
        var byHandle = new HashMap<String, Follower>();
        for (var f : known) {
            if (f.getPlatformId() != null) {
                byPlatformId.put(f.getPlatformId(), f);
            }
            byHandle.put(key(f.getHandle()), f);
        }
        var tally = new Tally();
        var seen = new HashSet<UUID>();
        var newcomers = new ArrayList<PlatformFollower>();
        for (var listed : listing.followers()) {
            var handle = Follower.normaliseHandle(listed.handle());
            if (handle.isEmpty()
                    || handle.length() > MAX_HANDLE
                    || handle.chars().anyMatch(Character::isWhitespace)
                    || listed.platformId().length() > MAX_HANDLE) {
                tally.unreadable++;
                continue;
            }
            var follower = byPlatformId.get(listed.platformId());
            if (follower == null) {
                // Added by hand before the platform was asked: the same handle, no platform id yet.
                var same = byHandle.get(key(handle));
                follower = same != null && same.getPlatformId() == null && !seen.contains(same.getId()) ? same : null;
            }
            if (follower == null) {
                newcomers.add(new PlatformFollower(listed.platformId(), handle, listed.displayName()));
                continue;
            }
            seen.add(follower.getId());
            seenAgain(follower, listed, handle, byHandle, by, now, tally, account);
        }
        for (var follower : known) {
            if (!seen.contains(follower.getId()) && follower.isFollowing()) {
                follower.stoppedFollowing(today);
                decisions.save(new FollowerDecision(
                        follower.getId(),
                        FollowerDecisionKind.STOPPED_FOLLOWING,
                        "No longer listed as a follower by the synchronisation.",
                        by,
                        now));
                tally.gone++;
            }
        }
        // Handles freed by the changes above must be free in the database before a newcomer takes one.
        followers.flush();
        for (var listed : newcomers) {
            if (byHandle.containsKey(key(listed.handle()))) {
                tally.notAdded.add("@" + listed.handle());
                continue;
            }
            var follower = followers.save(Follower.found(
                    accountId,
                    listed.platformId(),
                    listed.handle(),
                    name(listed.displayName()),
                    today,
                    !first,
                    by,
                    now));
            byHandle.put(key(listed.handle()), follower);
            decisions.save(new FollowerDecision(
                    follower.getId(),
                    FollowerDecisionKind.ADDED,
                    first
                            ? "Already following at the account's first synchronisation, so allowed."
                            : "Found by a synchronisation; under review until a senior leader allows it.",
                    by,
                    now));
            tally.added++;
        }
        return new FollowerSync(
                accountId,
                by,
                scheduled,
                startedAt,
                clock.instant(),
                SyncOutcome.SYNCHRONISED,
                listing.followers().size(),
                tally.added,
                tally.gone,
                tally.describe(listing.detail(), first));
    }

    private void seenAgain(
            Follower follower,
            PlatformFollower listed,
            String handle,
            Map<String, Follower> byHandle,
            String by,
            Instant now,
            Tally tally,
            AccountSummary account) {
        var wasGone = !follower.isFollowing();
        var oldHandle = follower.getHandle();
        var newHandle = handle;
        if (!key(oldHandle).equals(key(newHandle)) && byHandle.containsKey(key(newHandle))) {
            // Another follower in the register still has that handle; keep this one's until it moves.
            newHandle = oldHandle;
        }
        var name = name(listed.displayName());
        if (!Objects.equals(name, follower.getDisplayName())) {
            tally.renamed++;
        }
        follower.seenOnPlatform(listed.platformId(), newHandle, name);
        if (!oldHandle.equals(newHandle)) {
            byHandle.remove(key(oldHandle));
            byHandle.put(key(newHandle), follower);
            decisions.save(new FollowerDecision(
                    follower.getId(),
                    FollowerDecisionKind.HANDLE_CHANGED,
                    "Was @" + oldHandle + "; " + account.handle() + "'s platform now lists @" + newHandle + ".",
                    by,
                    now));
            tally.handlesChanged++;
        }
        if (wasGone) {
            decisions.save(new FollowerDecision(
                    follower.getId(),
                    FollowerDecisionKind.FOLLOWING_AGAIN,
                    "Listed as a follower again by the synchronisation.",
                    by,
                    now));
            tally.back++;
        }
        if (follower.getStatus() == FollowerStatus.BLOCKED) {
            tally.blockedStillFollowing++;
        }
    }

    private static String key(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String name(@Nullable String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        var name = displayName.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private FollowerSync save(FollowerSync sync) {
        return transaction.execute(status -> syncs.save(sync));
    }

    /** What one synchronisation changed, and its summary in plain words. */
    private static final class Tally {
        int added;
        int gone;
        int back;
        int handlesChanged;
        int renamed;
        int blockedStillFollowing;
        int unreadable;
        final List<String> notAdded = new ArrayList<>();

        String describe(String listed, boolean first) {
            var parts = new ArrayList<String>();
            if (added > 0) {
                parts.add(added + " new"
                        + (first ? " (allowed: already following at the first synchronisation)" : " (under review)"));
            }
            if (gone > 0) {
                parts.add(gone + " no longer following");
            }
            if (back > 0) {
                parts.add(back + " following again");
            }
            if (handlesChanged > 0) {
                parts.add(handlesChanged + " changed handle");
            }
            if (renamed > 0) {
                parts.add(renamed + " changed the name shown");
            }
            var text = new StringBuilder(listed);
            text.append(parts.isEmpty() ? " No changes." : " " + capitalised(String.join(", ", parts)) + ".");
            if (blockedStillFollowing > 0) {
                text.append(" ")
                        .append(blockedStillFollowing)
                        .append(
                                blockedStillFollowing == 1
                                        ? " blocked follower still follows on the platform: block it there by hand."
                                        : " blocked followers still follow on the platform: block them there by hand.");
            }
            if (!notAdded.isEmpty()) {
                text.append(" Not added, as the register has another account under the same handle: ")
                        .append(String.join(", ", notAdded))
                        .append(".");
            }
            if (unreadable > 0) {
                text.append(" ").append(unreadable).append(" listed without a usable handle were left out.");
            }
            return text.toString();
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
