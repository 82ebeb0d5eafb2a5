package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.NoticeSummary;
import app.safepost.notifications.Notices;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The delegate and SLT hear once when a trip delegation starts and once when it ends or is revoked. */
@SafepostTest
class TripDelegationNoticesTest {

    private static final String TRIP = "Seaside fossil hunt";

    @Autowired
    TripDelegations delegations;

    @Autowired
    TripDelegationNotices announcements;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Notices notices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<String> subjectsFor(String username) {
        SignedIn.as(demoUsers, username);
        return notices.mine().stream()
                .filter(n -> n.subject().contains(TRIP) || n.body().contains(TRIP))
                .map(NoticeSummary::subject)
                .toList();
    }

    @Test
    void a_started_then_revoked_delegation_is_announced_once_at_each_step() {
        SignedIn.as(demoUsers, "deputy");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var day = LocalDate.now(SchoolTime.ZONE).plusDays(600);
        var granted = delegations.grant(new TripDelegationRequest(
                wholeSchool, "computing", TRIP, day.atTime(9, 0), day.atTime(16, 0), "Parents follow the trip"));
        announcements.announceDue();
        assertThat(subjectsFor("computing")).as("nothing before it starts").isEmpty();
        SignedIn.as(demoUsers, "deputy");
        // The trip is under way: move its window around the present.
        jdbc.update(
                "update trip_delegation set starts_at = now() - interval '1 hour', ends_at = now() + interval '5 hours'"
                        + " where id = ?",
                granted.id().value());

        announcements.announceDue();
        announcements.announceDue();

        assertThat(subjectsFor("computing")).containsExactly("Your trip delegation has started");
        SignedIn.as(demoUsers, "computing");
        assertThat(notices.mine().getFirst().body()).contains("You are running @JesseGrayPrimary for " + TRIP);
        assertThat(subjectsFor("head")).containsExactly("Trip delegation started: " + TRIP);

        SignedIn.as(demoUsers, "deputy");
        delegations.revoke(granted.id());
        announcements.announceDue();
        announcements.announceDue();

        assertThat(subjectsFor("computing"))
                .containsExactlyInAnyOrder("Your trip delegation has started", "Your trip delegation was revoked");
        assertThat(subjectsFor("head"))
                .containsExactlyInAnyOrder("Trip delegation started: " + TRIP, "Trip delegation was revoked: " + TRIP);
        assertThat(subjectsFor("teacher")).isEmpty();
    }
}
