package app.safepost.accounts;

import app.safepost.accounts.domain.PostingRules;
import app.safepost.school.ClassId;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final Clock clock;

    PostingRights(SocialAccounts accounts, TripDelegations delegations, SchoolDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.delegations = delegations;
        this.directory = directory;
        this.clock = clock;
    }

    /** The signed-in person's right to one account now; no right at all for an unknown account. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PostingRight rightTo(AccountId account) {
        return accounts.account(account).map(a -> rightTo(a, staffingOf(a), clock.instant()))
                .orElseThrow(() -> new IllegalArgumentException("No account " + account));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mayDraftFor(AccountId account) {
        return accounts.account(account).map(a -> rightTo(a, staffingOf(a), clock.instant()).mayDraft()).orElse(false);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mayPublishTo(AccountId account) {
        return accounts.account(account).map(a -> rightTo(a, staffingOf(a), clock.instant()).mayPublish())
                .orElse(false);
    }

    /** The accounts the signed-in person may draft for now, whole-school first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PostingRight> accountsOfSignedInStaff() {
        var staffing = staffing();
        var now = clock.instant();
        return accounts.all().stream().map(a -> rightTo(a, staffing, now)).filter(PostingRight::mayDraft).toList();
    }

    private PostingRight rightTo(AccountSummary account, Map<ClassId, ClassSummary> staffing,
                                 Instant now) {
        var staff = SignedInStaff.current().orElseThrow();
        var poster = new PostingRules.Poster(staff.username(), staff.roles());
        Set<String> classStaff = new HashSet<>();
        if (account.owningClass() != null && staffing.containsKey(account.owningClass())) {
            var owning = staffing.get(account.owningClass());
            if (owning.classTeacher() != null) {
                classStaff.add(owning.classTeacher());
            }
            classStaff.addAll(owning.assistants());
        }
        var target = new PostingRules.Target(account.kind(), account.active(), classStaff);
        var withoutDelegation = PostingRules.rightOf(poster, target, false);
        if (withoutDelegation.mayDraft() || !account.isWholeSchool()) {
            return new PostingRight(account, withoutDelegation.mayDraft(), withoutDelegation.mayPublish(), null);
        }
        var delegation = delegations.activeFor(staff.username(), account.id(), now);
        var right = PostingRules.rightOf(poster, target, delegation.isPresent());
        return new PostingRight(account, right.mayDraft(), right.mayPublish(),
                right.mayDraft() ? delegation.orElse(null) : null);
    }

    private Map<ClassId, ClassSummary> staffing() {
        return directory.classes().stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
    }

    /** The staffing of the account's own class only: a right to one account needs no other class. */
    private Map<ClassId, ClassSummary> staffingOf(AccountSummary account) {
        return account.owningClass() == null ? Map.of() : directory.schoolClass(account.owningClass())
                .map(c -> Map.of(c.id(), c)).orElse(Map.of());
    }
}
