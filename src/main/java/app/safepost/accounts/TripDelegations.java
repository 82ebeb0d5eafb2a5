package app.safepost.accounts;

import app.safepost.accounts.domain.TripDelegation;
import app.safepost.accounts.domain.TripDelegationRepository;
import app.safepost.accounts.domain.TripDelegationRules;
import app.safepost.audit.AuditTrail;
import app.safepost.common.SchoolTime;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trip delegations (P2): SLT let a named senior teacher run the whole-school account for a trip.
 * A delegation starts and ends by itself, judged against the portal's clock; SLT may revoke it.
 * Drafting asks {@link #activeFor} and stamps posts with the delegation, for SLT's review afterwards.
 */
@Service
public class TripDelegations {

    private final TripDelegationRepository delegations;
    private final SocialAccounts accounts;
    private final SchoolDirectory directory;
    private final Clock clock;
    private final AuditTrail auditTrail;

    TripDelegations(
            TripDelegationRepository delegations,
            SocialAccounts accounts,
            SchoolDirectory directory,
            Clock clock,
            AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.delegations = delegations;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    /** The delegation that lets {@code username} post to {@code account} at {@code at}, if any. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<TripDelegationId> activeFor(String username, AccountId account, Instant at) {
        return delegations.findByDelegateUsernameAndAccountId(username, account.value()).stream()
                .filter(d -> TripDelegationRules.isActive(d.window(), at))
                .map(d -> new TripDelegationId(d.getId()))
                .findFirst();
    }

    /** The accounts {@code username} holds a delegation for at {@code at}. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UUID> accountsDelegatedTo(String username, Instant at) {
        return delegations.findByDelegateUsername(username).stream()
                .filter(d -> TripDelegationRules.isActive(d.window(), at))
                .map(TripDelegation::getAccountId)
                .distinct()
                .toList();
    }

    /** Every delegation, newest start first, with its status now. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<TripDelegationSummary> all() {
        var now = clock.instant();
        var names = staffNames();
        var handles = handles();
        return delegations.findAllByOrderByStartsAtDesc().stream()
                .map(d -> summary(d, now, names, handles))
                .toList();
    }

    /** Which of the delegations a list shows, by their status now. */
    public enum Shown {
        CURRENT,
        /** Soonest first. */
        UPCOMING,
        /** Ended or revoked. */
        PAST
    }

    /**
     * One page of the delegations with these statuses now, newest start first (upcoming ones soonest
     * first): the status is the query's where clause, so only the page's rows are read.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Page<TripDelegationSummary> page(Shown shown, Pageable page) {
        var now = clock.instant();
        var found = switch (shown) {
            case CURRENT -> delegations.current(now, page);
            case UPCOMING -> delegations.upcoming(now, page);
            case PAST -> delegations.past(now, page);
        };
        var names = staffNames();
        var handles = handles();
        return found.map(d -> summary(d, now, names, handles));
    }

    /** How many delegations {@link #page} holds for these statuses now. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long count(Shown shown) {
        var now = clock.instant();
        return switch (shown) {
            case CURRENT -> delegations.countCurrent(now);
            case UPCOMING -> delegations.countUpcoming(now);
            case PAST -> delegations.countPast(now);
        };
    }

    /** The signed-in person's own delegations that are current or still to come. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<TripDelegationSummary> mine() {
        var staff = SignedInStaff.current().orElseThrow();
        var now = clock.instant();
        var names = staffNames();
        var handles = handles();
        return delegations.findByDelegateUsername(staff.username()).stream()
                .map(d -> summary(d, now, names, handles))
                .filter(d -> d.status() == TripDelegationStatus.CURRENT || d.status() == TripDelegationStatus.UPCOMING)
                .sorted(Comparator.comparing(TripDelegationSummary::startsAt))
                .toList();
    }

    /** The staff SLT may choose as a delegate: everyone with the teacher role. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<StaffSummary> possibleDelegates() {
        return directory.staff().stream()
                .filter(s -> s.roles().contains(Roles.TEACHER))
                .toList();
    }

    /** The accounts a delegation can be for: the active whole-school accounts. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<AccountSummary> delegableAccounts() {
        return accounts.all().stream()
                .filter(a -> a.isWholeSchool() && a.active())
                .toList();
    }

    /**
     * Grants the delegation, or refuses with a message per field: no teacher named, start in the
     * past, end not after start, or a window overlapping another of the delegate's delegations.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public TripDelegationSummary grant(TripDelegationRequest request) {
        var now = clock.instant();
        var delegate = request.delegate() == null || request.delegate().isBlank()
                ? Optional.<StaffSummary>empty()
                : directory.staffMember(request.delegate().strip());
        var grant = new TripDelegationRules.Grant(
                delegate.map(StaffSummary::username).orElse(request.delegate()),
                delegate.map(s -> s.roles().contains(Roles.TEACHER)).orElse(false),
                request.tripName(),
                schoolTime(request.startsAt()),
                schoolTime(request.endsAt()),
                request.reason());
        var others = delegate.map(s -> delegations.findByDelegateUsername(s.username()).stream()
                        .map(TripDelegation::window)
                        .toList())
                .orElse(List.of());
        var problems = new LinkedHashMap<>(TripDelegationRules.problemsWith(grant, others, now));
        if (request.delegate() != null && !request.delegate().isBlank() && delegate.isEmpty()) {
            problems.put(
                    "delegate",
                    "There is no member of staff called " + request.delegate().strip() + ".");
        }
        var account = request.account() == null
                ? Optional.<AccountSummary>empty()
                : accounts.account(request.account()).filter(a -> a.isWholeSchool() && a.active());
        if (account.isEmpty()) {
            problems.put("account", "Choose the whole-school account.");
        }
        if (!problems.isEmpty()) {
            throw new RefusedChange(problems);
        }
        var saved = delegations.save(new TripDelegation(
                account.get().id().value(),
                delegate.get().username(),
                request.tripName().strip(),
                grant.startsAt(),
                grant.endsAt(),
                request.reason().strip(),
                SignedInStaff.current().orElseThrow().username(),
                now));
        return summary(saved, now, staffNames(), handles());
    }

    /** Ends a delegation now. Revoking one already revoked changes nothing. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public TripDelegationSummary revoke(TripDelegationId id) {
        var delegation = delegations
                .findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No trip delegation " + id));
        var now = clock.instant();
        delegation.revoke(SignedInStaff.current().orElseThrow().username(), now);
        return summary(delegations.saveAndFlush(delegation), now, staffNames(), handles());
    }

    private static Instant schoolTime(LocalDateTime local) {
        return local == null ? null : local.atZone(SchoolTime.ZONE).toInstant();
    }

    private Map<String, String> staffNames() {
        return directory.staff().stream().collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName));
    }

    private Map<AccountId, String> handles() {
        return accounts.all().stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::handle));
    }

    private static TripDelegationSummary summary(
            TripDelegation d, Instant now, Map<String, String> names, Map<AccountId, String> handles) {
        var window = d.window();
        TripDelegationStatus status;
        if (d.getRevokedAt() != null && !now.isBefore(d.getRevokedAt())) {
            status = TripDelegationStatus.REVOKED;
        } else if (TripDelegationRules.isActive(window, now)) {
            status = TripDelegationStatus.CURRENT;
        } else if (now.isBefore(d.getStartsAt())) {
            status = TripDelegationStatus.UPCOMING;
        } else {
            status = TripDelegationStatus.ENDED;
        }
        var account = new AccountId(d.getAccountId());
        return new TripDelegationSummary(
                new TripDelegationId(d.getId()),
                account,
                handles.getOrDefault(account, "?"),
                d.getDelegateUsername(),
                names.getOrDefault(d.getDelegateUsername(), d.getDelegateUsername()),
                d.getTripName(),
                d.getStartsAt(),
                d.getEndsAt(),
                d.getReason(),
                d.getGrantedBy(),
                d.getGrantedAt(),
                d.getRevokedBy(),
                d.getRevokedAt(),
                status);
    }

    /** The audit trail explorer filtered to one delegation: for those who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    public String historyLink(TripDelegationId id) {
        return auditTrail.historyLink(TripDelegation.class, id.value());
    }
}
