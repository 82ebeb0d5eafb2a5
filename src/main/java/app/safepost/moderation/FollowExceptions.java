package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.NameMask;
import app.safepost.moderation.domain.FollowException;
import app.safepost.moderation.domain.FollowExceptionRepository;
import app.safepost.moderation.domain.Follower;
import app.safepost.pupils.PupilNameMask;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow exceptions (P9): the school's accounts follow nobody unless SLT approve a request. Staff ask
 * with a justification; SLT approve or refuse with a reason, and may later stop following. Everyone
 * signed in (governors included) can review the list with who approved what and why; governors read
 * the justifications and reasons with pupils' names masked.
 */
@Service
public class FollowExceptions {

    static final int MAX_REASON = 2000;

    static final String STAFF = "hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT
            + "','" + Roles.COMPUTING_LEAD + "','" + Roles.OFFICE + "')";

    private final FollowExceptionRepository exceptions;
    private final SocialAccounts accounts;
    private final SchoolDirectory directory;
    private final PupilNameMask pupilNames;
    private final Clock clock;

    FollowExceptions(
            FollowExceptionRepository exceptions,
            SocialAccounts accounts,
            SchoolDirectory directory,
            PupilNameMask pupilNames,
            Clock clock) {
        this.exceptions = exceptions;
        this.accounts = accounts;
        this.directory = directory;
        this.pupilNames = pupilNames;
        this.clock = clock;
    }

    /** How many requests to follow an account wait for SLT's decision. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long waitingCount() {
        return exceptions.countByStatus(FollowExceptionStatus.REQUESTED);
    }

    /** Every request, newest first, whatever became of it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FollowExceptionSummary> all() {
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return exceptions.findAllByOrderByRequestedAtDesc().stream()
                .map(e -> summary(e, byId, names, mask))
                .toList();
    }

    /**
     * One page of the requests in these states, newest first: the states are the query's where clause,
     * so only the page's rows are read.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<FollowExceptionSummary> page(Set<FollowExceptionStatus> statuses, Pageable page) {
        var found = exceptions.findByStatusInOrderByRequestedAtDescIdAsc(statuses, page);
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return found.map(e -> summary(e, byId, names, mask));
    }

    /** How many requests {@link #page} holds for these states. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(Set<FollowExceptionStatus> statuses) {
        return exceptions.countByStatusIn(statuses);
    }

    /**
     * The accounts the school's accounts follow now (approved and not ended), longest followed first:
     * the list re-confirmed at the policy's annual review.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FollowExceptionSummary> followed() {
        return all().stream()
                .filter(f -> f.status() == FollowExceptionStatus.APPROVED)
                .sorted(Comparator.comparing(FollowExceptionSummary::decidedAt))
                .toList();
    }

    /** One page of {@link #followed()}, longest followed first; only the page's rows are read. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<FollowExceptionSummary> followed(Pageable page) {
        var found = exceptions.findByStatusOrderByDecidedAtAscIdAsc(FollowExceptionStatus.APPROVED, page);
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return found.map(e -> summary(e, byId, names, mask));
    }

    /** How many accounts {@link #followed()} holds. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long followedCount() {
        return exceptions.countByStatus(FollowExceptionStatus.APPROVED);
    }

    /** A member of staff asks that an account follow another; refused without a justification. */
    @PreAuthorize(STAFF)
    @Transactional
    public FollowExceptionSummary request(
            @Nullable AccountId account,
            @Nullable String handle,
            @Nullable FollowKind kind,
            @Nullable String justification) {
        var errors = new LinkedHashMap<String, String>();
        var normalised = Follower.normaliseHandle(handle);
        if (account == null || accounts.account(account).isEmpty()) {
            errors.put("account", "Choose the school's account that would follow.");
        }
        if (normalised.isEmpty()
                || normalised.length() > 200
                || normalised.chars().anyMatch(Character::isWhitespace)) {
            errors.put("handle", "Give the handle to follow, e.g. @author (no spaces).");
        } else if (account != null
                && exceptions.findAll().stream()
                        .anyMatch(e -> e.getAccountId().equals(account.value())
                                && e.getHandle().equalsIgnoreCase(normalised)
                                && (e.getStatus() == FollowExceptionStatus.REQUESTED
                                        || e.getStatus() == FollowExceptionStatus.APPROVED))) {
            errors.put("handle", "@" + normalised + " is already followed or waiting for a decision.");
        }
        if (kind == null) {
            errors.put("kind", "Choose what kind of account it is.");
        }
        if (justification == null || justification.strip().length() < 10) {
            errors.put("justification", "Say why the school should follow this account (a sentence or two).");
        } else if (justification.strip().length() > 2000) {
            errors.put("justification", "At most 2000 characters.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
        var saved = exceptions.saveAndFlush(
                new FollowException(account.value(), normalised, kind, justification.strip(), me(), clock.instant()));
        return summary(saved, accountsById(), names(), NameMask.none());
    }

    /** SLT approve or refuse a waiting request, with a reason. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowExceptionSummary decide(FollowExceptionId id, boolean approve, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw ModerationRefused.of(
                    "reason",
                    approve ? "Say why the school may follow this account." : "Say why the request is refused.");
        }
        withinLength(reason);
        var exception = find(id);
        exception.decide(approve, reason.strip(), me(), clock.instant());
        return summary(exceptions.saveAndFlush(exception), accountsById(), names(), NameMask.none());
    }

    /** SLT stop following an approved account, with a reason. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public FollowExceptionSummary end(FollowExceptionId id, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw ModerationRefused.of("reason", "Say why the school stops following this account.");
        }
        withinLength(reason);
        var exception = find(id);
        exception.end(reason.strip(), me(), clock.instant());
        return summary(exceptions.saveAndFlush(exception), accountsById(), names(), NameMask.none());
    }

    /** A decision's reason fits its column; a longer one is refused, not cut. */
    private static void withinLength(String reason) {
        if (reason.strip().length() > MAX_REASON) {
            throw ModerationRefused.of("reason", "At most " + MAX_REASON + " characters.");
        }
    }

    private FollowException find(FollowExceptionId id) {
        return exceptions.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No request " + id));
    }

    private static FollowExceptionSummary summary(
            FollowException e, Map<UUID, AccountSummary> byId, Map<String, String> names, NameMask mask) {
        var account = byId.get(e.getAccountId());
        return new FollowExceptionSummary(
                new FollowExceptionId(e.getId()),
                new AccountId(e.getAccountId()),
                account == null ? "" : account.handle(),
                mask.mask("@" + e.getHandle()),
                e.getKind(),
                mask.mask(e.getJustification()),
                e.getStatus(),
                e.getRequestedBy(),
                names.getOrDefault(e.getRequestedBy(), e.getRequestedBy()),
                e.getRequestedAt(),
                e.getDecidedBy(),
                e.getDecidedBy() == null ? null : names.getOrDefault(e.getDecidedBy(), e.getDecidedBy()),
                e.getDecidedAt(),
                mask.mask(e.getDecisionReason()));
    }

    private Map<UUID, AccountSummary> accountsById() {
        return accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    private Map<String, String> names() {
        return directory.staff().stream()
                .collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName, (a, b) -> a));
    }

    private static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }
}
