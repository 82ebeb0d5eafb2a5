package app.safepost.accounts;

import app.safepost.accounts.domain.AccountPages;
import app.safepost.accounts.domain.PostingRules;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "may this person draft for, or publish to, this account now?" (P1, P2, P4).
 * Every screen and API call asks here; the rules themselves are {@link PostingRules}:
 *
 * <table>
 * <caption>Posting rights</caption>
 * <tr><th>person</th><th>class account</th><th>whole-school account</th></tr>
 * <tr><td>SLT, the head teacher included</td><td>draft, publish</td><td>draft, publish</td></tr>
 * <tr><td>the class's teacher or TA</td><td>draft</td><td>none</td></tr>
 * <tr><td>a teacher during a trip delegation</td><td>as above</td><td>draft, publish (stamped)</td></tr>
 * <tr><td>anyone else</td><td>none</td><td>none</td></tr>
 * </table>
 * An inactive account takes nobody's posts.
 */
@Service
public class PostingRights {

    private final SocialAccounts accounts;
    private final TripDelegations delegations;
    private final SchoolDirectory directory;
    private final ComputingLeadGuidance guidance;
    private final Clock clock;
    /** What previews read in each school, as of one count of that school's changes (see {@link #termsForPreview}). */
    private final ConcurrentHashMap<SchoolId, KnownAccounts> known = new ConcurrentHashMap<>();

    PostingRights(
            SocialAccounts accounts,
            TripDelegations delegations,
            SchoolDirectory directory,
            ComputingLeadGuidance guidance,
            Clock clock) {
        this.accounts = accounts;
        this.delegations = delegations;
        this.directory = directory;
        this.guidance = guidance;
        this.clock = clock;
    }

    /** The signed-in person's right to one account now; no right at all for an unknown account. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PostingRight rightTo(AccountId account) {
        return right(account).orElseThrow(() -> new IllegalArgumentException("No account " + account));
    }

    /** The signed-in person's right to one account now, read from the database; empty for an unknown account. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PostingRight> right(AccountId account) {
        return staffed(account).map(a -> rightTo(a.account(), a.classStaff(), clock.instant()));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mayDraftFor(AccountId account) {
        return right(account).map(PostingRight::mayDraft).orElse(false);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mayPublishTo(AccountId account) {
        return right(account).map(PostingRight::mayPublish).orElse(false);
    }

    /**
     * The signed-in person's right to one account now and the guidance in force for it, for a preview of
     * the checks (as staff type, and the API's check): the account, its class's staff and the guidance
     * come from memory while the database has counted no change to them since they were read
     * ({@code changes}, the school in hand's count, read by the caller before this call;
     * docs/decisions/0019-counted-changes.md). Each school's accounts are kept apart.
     * A trip delegation is always read afresh, since it starts and ends with the clock. Saving,
     * submitting and approving read everything afresh instead.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<PostingTerms> termsForPreview(AccountId account, long changes) {
        var school = SchoolInHand.required();
        var current = known.get(school);
        if (current == null || current.changes() != changes) {
            current = new KnownAccounts(changes, new ConcurrentHashMap<>());
            known.put(school, current);
        }
        var hit = current.accounts().get(account.value());
        if (hit == null) {
            // Read after the caller read the count: a change committed meanwhile only makes this entry newer.
            var read = staffedWithGuidance(account);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            hit = read.get();
            current.accounts().put(account.value(), hit);
        }
        return Optional.of(new PostingTerms(rightTo(hit.account(), hit.classStaff(), clock.instant()), hit.guidance()));
    }

    /** The accounts the signed-in person may draft for now, whole-school first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PostingRight> accountsOfSignedInStaff() {
        var staffing = directory.classes().stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        var now = clock.instant();
        return accounts.all().stream()
                .map(a -> rightTo(a, classStaff(a.owningClass() == null ? null : staffing.get(a.owningClass())), now))
                .filter(PostingRight::mayDraft)
                .toList();
    }

    /**
     * One page of {@link #accountsOfSignedInStaff()}, in the same order: who may draft for what is the
     * query's where clause (the classes the person staffs, the whole-school accounts of their trip
     * delegations current now), so only the page's accounts are read.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<PostingRight> accountsOfSignedInStaff(Pageable page) {
        var staff = SignedInStaff.current().orElseThrow();
        var staffing = directory.classes().stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        var now = clock.instant();
        boolean teacher = staff.hasRole(Roles.TEACHER);
        boolean classStaffRole = teacher || staff.hasRole(Roles.TEACHING_ASSISTANT);
        var drafter = new AccountPages.Drafter(
                staff.hasRole(Roles.SLT),
                classStaffRole
                        ? staffing.values().stream()
                                .filter(c -> classStaff(c).contains(staff.username()))
                                .map(c -> c.id().value())
                                .toList()
                        : List.of(),
                teacher ? delegations.accountsDelegatedTo(staff.username(), now) : List.of());
        return accounts.draftable(drafter, page)
                .map(a -> rightTo(a, classStaff(a.owningClass() == null ? null : staffing.get(a.owningClass())), now));
    }

    private PostingRight rightTo(AccountSummary account, Set<String> classStaff, Instant now) {
        var staff = SignedInStaff.current().orElseThrow();
        var poster = new PostingRules.Poster(staff.username(), staff.roles());
        var target = new PostingRules.Target(account.kind(), account.active(), classStaff);
        var withoutDelegation = PostingRules.rightOf(poster, target, false);
        if (withoutDelegation.mayDraft() || !account.isWholeSchool()) {
            return new PostingRight(account, withoutDelegation.mayDraft(), withoutDelegation.mayPublish(), null);
        }
        var delegation = delegations.activeFor(staff.username(), account.id(), now);
        var right = PostingRules.rightOf(poster, target, delegation.isPresent());
        return new PostingRight(
                account, right.mayDraft(), right.mayPublish(), right.mayDraft() ? delegation.orElse(null) : null);
    }

    /** The account with the staff of its own class only: a right to one account needs no other class. */
    private Optional<StaffedAccount> staffed(AccountId id) {
        return accounts.withOwningClass(id)
                .map(a -> new StaffedAccount(a.account(), classStaff(a.owningClass()), null));
    }

    private Optional<StaffedAccount> staffedWithGuidance(AccountId id) {
        return accounts.withOwningClass(id)
                .map(a -> new StaffedAccount(
                        a.account(), classStaff(a.owningClass()), guidance.guidanceFor(a.account())));
    }

    private static Set<String> classStaff(@Nullable ClassSummary owning) {
        if (owning == null) {
            return Set.of();
        }
        var staff = new HashSet<>(owning.assistants());
        if (owning.classTeacher() != null) {
            staff.add(owning.classTeacher());
        }
        return Set.copyOf(staff);
    }

    /** What a right and a check need to know of an account; the guidance only where previews keep it. */
    private record StaffedAccount(
            AccountSummary account,
            Set<String> classStaff,
            @Nullable PostingGuidance guidance) {}

    private record KnownAccounts(long changes, ConcurrentHashMap<UUID, StaffedAccount> accounts) {}
}
