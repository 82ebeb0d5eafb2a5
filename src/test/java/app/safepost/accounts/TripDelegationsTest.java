package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.common.SchoolTime;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Trip delegations on PostgreSQL. Each test uses its own day well in the future, so none overlap. */
@SafepostTest
class TripDelegationsTest {

    @Autowired
    TripDelegations delegations;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private AccountId wholeSchool;

    @BeforeEach
    void signInAsDeputy() {
        SignedIn.as(demoUsers, "deputy");
        wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static LocalDateTime day(int daysAhead, int hour) {
        return LocalDate.now(SchoolTime.ZONE).plusDays(daysAhead).atTime(LocalTime.of(hour, 0));
    }

    private TripDelegationRequest request(String delegate, LocalDateTime start, LocalDateTime end) {
        return new TripDelegationRequest(
                wholeSchool,
                delegate,
                "Year 4 museum trip",
                start,
                end,
                "Parents follow the trip on the school's account");
    }

    @Test
    void a_grant_is_upcoming_names_who_granted_it_and_is_in_force_exactly_inside_its_window() {
        var granted = delegations.grant(request("teacher4", day(400, 9), day(400, 16)));

        assertThat(granted.status()).isEqualTo(TripDelegationStatus.UPCOMING);
        assertThat(granted.grantedBy()).isEqualTo("deputy");
        assertThat(granted.delegateName()).isEqualTo("Laura Bennett");
        assertThat(granted.accountHandle()).isEqualTo("@JesseGrayPrimary");
        assertThat(delegations.all()).extracting(TripDelegationSummary::id).contains(granted.id());
        var start = granted.startsAt();
        var end = granted.endsAt();
        assertThat(start).isEqualTo(day(400, 9).atZone(SchoolTime.ZONE).toInstant());
        assertThat(delegations.activeFor("teacher4", wholeSchool, start.minusSeconds(1)))
                .isEmpty();
        assertThat(delegations.activeFor("teacher4", wholeSchool, start)).contains(granted.id());
        assertThat(delegations.activeFor("teacher4", wholeSchool, end.minusSeconds(1)))
                .contains(granted.id());
        assertThat(delegations.activeFor("teacher4", wholeSchool, end)).isEmpty();
        assertThat(delegations.activeFor("teacher", wholeSchool, start)).isEmpty();
    }

    @Test
    void an_overlapping_grant_for_the_same_teacher_is_refused_and_nothing_is_saved() {
        delegations.grant(request("computing", day(401, 9), day(401, 16)));
        var before = delegations.all().size();

        assertThatThrownBy(() -> delegations.grant(request("computing", day(401, 12), day(401, 18))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors())
                                .containsOnlyKeys("startsAt")
                                .extractingByKey("startsAt")
                                .asString()
                                .contains("already has a trip delegation"));
        assertThat(delegations.all()).hasSize(before);
        // Another teacher may have the same window.
        delegations.grant(request("teacher4", day(401, 12), day(401, 18)));
    }

    @Test
    void a_past_dated_grant_is_refused() {
        var anHourAgo = LocalDateTime.now(SchoolTime.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES);

        assertThatThrownBy(() -> delegations.grant(request("teacher4", anHourAgo, anHourAgo.plusHours(5))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors()).containsOnlyKeys("startsAt"));
    }

    @Test
    void an_end_not_after_the_start_is_refused() {
        assertThatThrownBy(() -> delegations.grant(request("teacher4", day(402, 9), day(402, 9))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry("endsAt", "The end must be after the start."));
    }

    @Test
    void only_a_teacher_may_be_named_and_only_for_the_whole_school_account() {
        assertThatThrownBy(() -> delegations.grant(request("ta", day(403, 9), day(403, 16))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors()).containsOnlyKeys("delegate"));
        assertThatThrownBy(() -> delegations.grant(request("nobody", day(403, 9), day(403, 16))))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry("delegate", "There is no member of staff called nobody."));
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        assertThatThrownBy(() -> delegations.grant(
                        new TripDelegationRequest(kestrels, "teacher4", "Trip", day(403, 9), day(403, 16), "Reason")))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors()).containsOnlyKeys("account"));
        assertThat(delegations.possibleDelegates())
                .extracting(s -> s.username())
                .containsExactlyInAnyOrder("computing", "teacher", "teacher4");
    }

    @Test
    void a_revoked_delegation_is_never_in_force_and_says_who_revoked_it() {
        var granted = delegations.grant(request("teacher", day(404, 9), day(404, 16)));
        SignedIn.as(demoUsers, "head");

        var revoked = delegations.revoke(granted.id());

        assertThat(revoked.status()).isEqualTo(TripDelegationStatus.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("head");
        assertThat(delegations.activeFor(
                        "teacher", wholeSchool, granted.startsAt().plusSeconds(60)))
                .isEmpty();
        // The window is free again.
        delegations.grant(request("teacher", day(404, 10), day(404, 12)));
    }

    private List<TripDelegationSummary> everyPage(TripDelegations.Shown shown) {
        var read = new ArrayList<TripDelegationSummary>();
        for (int i = 0; ; i++) {
            var page = delegations.page(shown, PageRequest.of(i, 2));
            assertThat(page.getContent()).hasSizeLessThanOrEqualTo(2);
            read.addAll(page.getContent());
            if (!page.hasNext()) {
                return read;
            }
        }
    }

    @Test
    void current_upcoming_and_past_are_each_read_a_page_at_a_time_by_their_status_now() {
        delegations.grant(request("teacher4", day(407, 9), day(407, 12)));
        delegations.grant(request("teacher4", day(408, 9), day(408, 12)));
        var revoked = delegations.grant(request("teacher4", day(409, 9), day(409, 12)));
        delegations.revoke(revoked.id());
        var all = delegations.all();

        var upcoming = everyPage(TripDelegations.Shown.UPCOMING);
        var current = everyPage(TripDelegations.Shown.CURRENT);
        var past = everyPage(TripDelegations.Shown.PAST);

        assertThat(upcoming)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(d -> d.status() == TripDelegationStatus.UPCOMING)
                        .toList())
                .isSortedAccordingTo(Comparator.comparing(TripDelegationSummary::startsAt));
        assertThat(current)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(d -> d.status() == TripDelegationStatus.CURRENT)
                        .toList())
                .isSortedAccordingTo(
                        Comparator.comparing(TripDelegationSummary::startsAt).reversed());
        assertThat(past)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(d ->
                                d.status() == TripDelegationStatus.ENDED || d.status() == TripDelegationStatus.REVOKED)
                        .toList())
                .extracting(TripDelegationSummary::id)
                .contains(revoked.id());
        assertThat(past)
                .isSortedAccordingTo(
                        Comparator.comparing(TripDelegationSummary::startsAt).reversed());
        assertThat(delegations.count(TripDelegations.Shown.UPCOMING)).isEqualTo(upcoming.size());
        assertThat(delegations.count(TripDelegations.Shown.CURRENT)).isEqualTo(current.size());
        assertThat(delegations.count(TripDelegations.Shown.PAST)).isEqualTo(past.size());
    }

    @Test
    void only_slt_grant_revoke_or_list_delegations() {
        SignedIn.as(demoUsers, "teacher");

        assertThatThrownBy(() -> delegations.grant(request("teacher4", day(405, 9), day(405, 16))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegations.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegations.page(TripDelegations.Shown.PAST, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delegations.count(TripDelegations.Shown.PAST))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_sees_their_own_delegations_and_not_another_teachers() {
        var theirs = delegations.grant(request("teacher", day(406, 9), day(406, 16)));
        var someoneElses = delegations.grant(request("teacher4", day(406, 9), day(406, 16)));
        SignedIn.as(demoUsers, "teacher");

        var mine = delegations.mine();

        assertThat(mine)
                .extracting(TripDelegationSummary::id)
                .contains(theirs.id())
                .doesNotContain(someoneElses.id());
        assertThat(mine).extracting(TripDelegationSummary::delegate).containsOnly("teacher");
    }
}
