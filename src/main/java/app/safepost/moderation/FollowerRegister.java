package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.compliance.NameMask;
import app.safepost.database.PortalInstances;
import app.safepost.media.MediaId;
import app.safepost.moderation.domain.Follower;
import app.safepost.moderation.domain.FollowerDecision;
import app.safepost.moderation.domain.FollowerDecisionRepository;
import app.safepost.moderation.domain.FollowerRepository;
import app.safepost.moderation.domain.FollowerSync;
import app.safepost.moderation.domain.FollowerSyncClaimRepository;
import app.safepost.moderation.domain.FollowerSyncRepository;
import app.safepost.moderation.domain.FollowerSynchroniser;
import app.safepost.publishing.AccountFollowers;
import app.safepost.pupils.PupilNameMask;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follower register (P7): the followers known to the portal per account, synchronised from the
 * platforms where their API lists followers (by SLT, and nightly) and added by hand otherwise. Anyone
 * signed in may flag a follower for review; SLT allow, block (reason category and evidence) and unblock
 * with a reason. Blocks and unblocks go to the platform through publishing's {@link AccountFollowers}
 * where the account is live and the API allows, and are recorded with the platform's answer either way.
 */
@Service
public class FollowerRegister {

    private static final int MAX_HANDLE = 200;
    /** Longer than one account's listing may take (publishing waits five minutes for it). */
    private static final Duration SYNC_LEASE = Duration.ofMinutes(15);

    private final FollowerRepository followers;
    private final FollowerDecisionRepository decisions;
    private final FollowerSyncRepository syncs;
    private final SocialAccounts accounts;
    private final SchoolDirectory directory;
    private final AccountFollowers platforms;
    private final FollowerSynchroniser synchroniser;
    private final Incidents incidents;
    private final PupilNameMask pupilNames;
    private final Clock clock;

    FollowerRegister(
            FollowerRepository followers,
            FollowerDecisionRepository decisions,
            FollowerSyncRepository syncs,
            FollowerSyncClaimRepository claims,
            SocialAccounts accounts,
            SchoolDirectory directory,
            AccountFollowers platforms,
            Incidents incidents,
            PupilNameMask pupilNames,
            TransactionTemplate transaction,
            PortalInstances instances,
            Clock clock) {
        this.followers = followers;
        this.decisions = decisions;
        this.syncs = syncs;
        this.accounts = accounts;
        this.directory = directory;
        this.platforms = platforms;
        this.incidents = incidents;
        this.pupilNames = pupilNames;
        this.clock = clock;
        this.synchroniser = new FollowerSynchroniser(
                followers,
                decisions,
                syncs,
                claims,
                platforms,
                transaction,
                clock,
                new FollowerSynchroniser.Settings(instances.name(), SYNC_LEASE));
    }

    /** How many followers are flagged and wait for SLT to allow or block them. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long underReviewCount() {
        return followers.countByStatus(FollowerStatus.UNDER_REVIEW);
    }

    /**
     * One page of {@link #all()}, of those with this status and following or not ({@code null}: any):
     * the filter is the query's, and only the page's rows are read.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<FollowerSummary> page(@Nullable FollowerStatus status, @Nullable Boolean following, Pageable page) {
        var byId = accountsById();
        var mask = pupilNames.forReader();
        return followers.findShowing(status, following, page).map(f -> summary(f, byId, mask));
    }

    /** How many followers {@link #page} finds with this status and following or not. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(@Nullable FollowerStatus status, @Nullable Boolean following) {
        return followers.countShowing(status, following);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FollowerSummary> all() {
        var byId = accountsById();
        var mask = pupilNames.forReader();
        return followers.findAllByOrderByHandle().stream()
                .map(f -> summary(f, byId, mask))
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<FollowerSummary> follower(FollowerId id) {
        return followers.findById(id.value()).map(f -> summary(f, accountsById(), pupilNames.forReader()));
    }

    /** Adds a follower seen on the platform; refused if the handle is missing or already in the register. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowerSummary add(
            @Nullable AccountId account,
            @Nullable String handle,
            @Nullable String displayName,
            @Nullable LocalDate firstSeen) {
        var errors = new LinkedHashMap<String, String>();
        var normalised = Follower.normaliseHandle(handle);
        if (account == null || accounts.account(account).isEmpty()) {
            errors.put("account", "Choose the school's account they follow.");
        }
        if (normalised.isEmpty()) {
            errors.put("handle", "Give the follower's handle, e.g. @someone.");
        } else if (normalised.length() > MAX_HANDLE || normalised.chars().anyMatch(Character::isWhitespace)) {
            errors.put("handle", "A handle has no spaces and at most " + MAX_HANDLE + " characters.");
        } else if (account != null
                && followers
                        .findByAccountIdAndHandleIgnoreCase(account.value(), normalised)
                        .isPresent()) {
            errors.put("handle", "@" + normalised + " is already in the register for this account.");
        }
        if (displayName != null && displayName.strip().length() > 200) {
            errors.put("displayName", "At most 200 characters.");
        }
        if (firstSeen != null && firstSeen.isAfter(today())) {
            errors.put("firstSeen", "The date cannot be in the future.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
        var follower = followers.saveAndFlush(new Follower(
                account.value(),
                normalised,
                displayName == null || displayName.isBlank() ? null : displayName.strip(),
                firstSeen == null ? today() : firstSeen,
                me(),
                clock.instant()));
        decisions.save(new FollowerDecision(follower.getId(), FollowerDecisionKind.ADDED, null, me(), clock.instant()));
        return summary(follower, accountsById(), pupilNames.forReader());
    }

    /** Any member of staff flags a follower for SLT's review, saying why. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public FollowerSummary flag(FollowerId id, @Nullable String reason) {
        var text = requireText(reason, "reason", "Say what worried you about this follower.");
        var follower = find(id);
        follower.flag();
        decisions.save(
                new FollowerDecision(follower.getId(), FollowerDecisionKind.FLAGGED, text, me(), clock.instant()));
        return summary(followers.saveAndFlush(follower), accountsById(), pupilNames.forReader());
    }

    /** SLT review a flagged follower and let them stay. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowerSummary allow(FollowerId id, @Nullable String reason) {
        var text = requireText(reason, "reason", "Say why this follower may stay.");
        var follower = find(id);
        follower.allow();
        decisions.save(
                new FollowerDecision(follower.getId(), FollowerDecisionKind.ALLOWED, text, me(), clock.instant()));
        return summary(followers.saveAndFlush(follower), accountsById(), pupilNames.forReader());
    }

    /**
     * Blocks a follower: checks the decision, asks the platform, and records the decision with the
     * platform's answer whatever it was. Linked to the incident it came from, if any.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowerDecisionEntry block(FollowerId id, BlockRequest request) {
        var follower = find(id);
        var errors = new LinkedHashMap<String, String>();
        if (request.reasonCategory() == null) {
            errors.put("reasonCategory", "Choose why the account is blocked.");
        }
        var hasText = request.evidence() != null && !request.evidence().isBlank();
        var hasLink = request.evidenceLink() != null && !request.evidenceLink().isBlank();
        if (!hasText && !hasLink && request.screenshot() == null) {
            errors.put("evidence", "Describe what they posted, or give a link or a screenshot.");
        } else if (hasText && request.evidence().strip().length() > 2000) {
            errors.put("evidence", "At most 2000 characters.");
        }
        if (hasLink
                && (!request.evidenceLink().strip().matches("(?i)https?://\\S+")
                        || request.evidenceLink().strip().length() > 500)) {
            errors.put("evidenceLink", "Give a web address starting with https://.");
        }
        if (request.incident() != null && incidents.incident(request.incident()).isEmpty()) {
            errors.put("incident", "There is no such incident.");
        }
        if (follower.getStatus() == FollowerStatus.BLOCKED) {
            errors.put("reasonCategory", "This follower is already blocked.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
        follower.block();
        var result =
                platforms.block(new AccountId(follower.getAccountId()), follower.getHandle(), follower.getPlatformId());
        var outcome = BlockOutcome.of(result.outcome());
        var decision = new FollowerDecision(
                        follower.getId(),
                        FollowerDecisionKind.BLOCKED,
                        hasText ? request.evidence().strip() : null,
                        me(),
                        clock.instant())
                .evidence(
                        request.reasonCategory(),
                        hasLink ? request.evidenceLink().strip() : null,
                        request.screenshot() == null
                                ? null
                                : request.screenshot().value(),
                        request.incident() == null ? null : request.incident().value())
                .platform(outcome, result.detail(), result.reference());
        decisions.save(decision);
        followers.saveAndFlush(follower);
        if (request.incident() != null) {
            incidents.recordBlock(
                    request.incident(),
                    id,
                    "@" + follower.getHandle() + " blocked ("
                            + request.reasonCategory().label() + "). " + outcome.label() + ".");
        }
        return entry(decision, follower, accountsById(), names(), NameMask.none());
    }

    /** Adds the handle to the register if it is not there yet, then blocks it. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowerDecisionEntry blockHandle(AccountId account, @Nullable String handle, BlockRequest request) {
        var existing = account == null
                ? null
                : followers
                        .findByAccountIdAndHandleIgnoreCase(account.value(), Follower.normaliseHandle(handle))
                        .orElse(null);
        var id = existing != null
                ? new FollowerId(existing.getId())
                : add(account, handle, null, null).id();
        return block(id, request);
    }

    /**
     * Unblocks a follower; a reason is required. The block is lifted on the platform as it was made
     * (through the block's record where the platform keeps one), and the decision is recorded with
     * the platform's answer whatever it is.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowerDecisionEntry unblock(FollowerId id, @Nullable String reason) {
        var text = requireText(reason, "reason", "Say why the block is lifted.");
        var follower = find(id);
        follower.unblock();
        var block = decisions
                .findFirstByFollowerIdAndKindOrderByDecidedAtDesc(follower.getId(), FollowerDecisionKind.BLOCKED)
                .map(FollowerDecision::getPlatformReference)
                .orElse(null);
        var result = platforms.unblock(
                new AccountId(follower.getAccountId()), follower.getHandle(), follower.getPlatformId(), block);
        var decision = new FollowerDecision(
                        follower.getId(), FollowerDecisionKind.UNBLOCKED, text, me(), clock.instant())
                .platform(BlockOutcome.of(result.outcome()), result.detail(), null);
        decisions.save(decision);
        followers.saveAndFlush(follower);
        return entry(decision, follower, accountsById(), names(), NameMask.none());
    }

    /**
     * Synchronises the register with the platforms: one account, or every account when null. Accounts
     * in the sandbox, without a connected credential or on a platform that does not list followers are
     * recorded as skipped with the reason; a platform's failure is recorded in plain words.
     */
    @PreAuthorize(Roles.IS_SLT)
    public List<FollowerSyncSummary> synchronise(@Nullable AccountId account) {
        var chosen = account == null
                ? accounts.all()
                : accounts.account(account)
                        .map(List::of)
                        .orElseThrow(() -> ModerationRefused.of("account", "There is no such account."));
        return summaries(synchroniser.synchronise(chosen, false, me()));
    }

    /** The nightly run, as the portal itself: each account once a day however many instances run. */
    @PreAuthorize(Roles.IS_SLT)
    public List<FollowerSyncSummary> synchroniseNightly() {
        return summaries(synchroniser.synchronise(accounts.all(), true, me()));
    }

    /** Each account's latest synchronisation, in the accounts' order; accounts never synchronised are left out. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FollowerSyncSummary> lastSynchronisations() {
        var latest = new LinkedHashMap<UUID, FollowerSync>();
        syncs.latestPerAccount().stream()
                .sorted(Comparator.comparing(FollowerSync::getFinishedAt))
                .forEach(s -> latest.put(s.getAccountId(), s));
        var order = accounts.all().stream().map(a -> a.id().value()).toList();
        return summaries(
                order.stream().filter(latest::containsKey).map(latest::get).toList());
    }

    private List<FollowerSyncSummary> summaries(List<FollowerSync> list) {
        var byId = accountsById();
        var names = names();
        return list.stream()
                .map(s -> new FollowerSyncSummary(
                        new AccountId(s.getAccountId()),
                        byId.containsKey(s.getAccountId())
                                ? byId.get(s.getAccountId()).handle()
                                : "",
                        s.getOutcome(),
                        s.getFound(),
                        s.getAdded(),
                        s.getGone(),
                        s.getDetail(),
                        s.getRunBy(),
                        names.getOrDefault(s.getRunBy(), s.getRunBy()),
                        s.isScheduled(),
                        s.getFinishedAt()))
                .toList();
    }

    /** A follower's decisions, oldest first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FollowerDecisionEntry> decisions(FollowerId id) {
        var follower = find(id);
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return decisions.findByFollowerIdOrderByDecidedAtAsc(id.value()).stream()
                .map(d -> entry(d, follower, byId, names, mask))
                .toList();
    }

    /** Blocks decided in [from, to), earliest first, for the termly report. */
    List<FollowerDecisionEntry> blocksBetween(Instant from, Instant to) {
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return decisions
                .findByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAtAscIdAsc(
                        FollowerDecisionKind.BLOCKED, from, to)
                .stream()
                .map(d -> entry(d, followers.findById(d.getFollowerId()).orElseThrow(), byId, names, mask))
                .toList();
    }

    /** One page of {@link #blocksBetween(Instant, Instant)}: only the page's blocks are read. */
    Page<FollowerDecisionEntry> blocksBetween(Instant from, Instant to, Pageable page) {
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return decisions
                .findByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAtAscIdAsc(
                        FollowerDecisionKind.BLOCKED, from, to, page)
                .map(d -> entry(d, followers.findById(d.getFollowerId()).orElseThrow(), byId, names, mask));
    }

    /** How many blocks {@link #blocksBetween(Instant, Instant)} holds. */
    long blockCountBetween(Instant from, Instant to) {
        return decisions.countByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThan(
                FollowerDecisionKind.BLOCKED, from, to);
    }

    private Follower find(FollowerId id) {
        return followers.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No follower " + id));
    }

    private static String requireText(@Nullable String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw ModerationRefused.of(field, message);
        }
        if (text.strip().length() > 2000) {
            throw ModerationRefused.of(field, "At most 2000 characters.");
        }
        return text.strip();
    }

    private FollowerDecisionEntry entry(
            FollowerDecision d, Follower f, Map<UUID, AccountSummary> byId, Map<String, String> names, NameMask mask) {
        var account = byId.get(f.getAccountId());
        return new FollowerDecisionEntry(
                new FollowerId(f.getId()),
                mask.mask("@" + f.getHandle()),
                account == null ? "" : account.handle(),
                d.getKind(),
                d.getReasonCategory(),
                mask.mask(d.getReason()),
                mask.mask(d.getEvidenceLink()),
                d.getScreenshotMediaId() == null ? null : new MediaId(d.getScreenshotMediaId()),
                d.getPlatformOutcome(),
                mask.mask(d.getPlatformDetail()),
                d.getIncidentId() == null ? null : new IncidentId(d.getIncidentId()),
                d.getDecidedBy(),
                names.getOrDefault(d.getDecidedBy(), d.getDecidedBy()),
                d.getDecidedAt());
    }

    /** A follower's handle and name come from the platform and may be a pupil's: masked for those who may not read them. */
    private static FollowerSummary summary(Follower f, Map<UUID, AccountSummary> byId, NameMask mask) {
        var account = byId.get(f.getAccountId());
        return new FollowerSummary(
                new FollowerId(f.getId()),
                new AccountId(f.getAccountId()),
                account == null ? "" : account.handle(),
                mask.mask("@" + f.getHandle()),
                mask.mask(f.getDisplayName()),
                f.getFirstSeen(),
                f.getStatus(),
                f.isFollowing(),
                f.getLeftOn());
    }

    private Map<UUID, AccountSummary> accountsById() {
        return accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    private Map<String, String> names() {
        return directory.staff().stream()
                .collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName, (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }
}
