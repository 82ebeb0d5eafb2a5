package app.safepost.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.SocialAccounts;
import app.safepost.accounts.TripDelegationRequest;
import app.safepost.accounts.TripDelegations;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** P2: posts written under a trip delegation are listed for SLT's review after the trip. */
@SafepostTest
class TripPostReviewsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TripPostReviews tripPosts;

    @Autowired
    TripDelegations delegations;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_post_written_on_a_trip_is_listed_until_slt_mark_it_reviewed() {
        var wholeSchool = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JesseGrayPrimary")
                        .orElseThrow()
                        .id());
        var now = LocalDateTime.ofInstant(clock.instant(), SchoolTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        SignedIn.as(demoUsers, "deputy");
        var delegation = delegations.grant(new TripDelegationRequest(
                wholeSchool, "teacher", "Year 4 to the coast", now, now.plusHours(2), "Mr Hale leads the trip."));
        try {
            SignedIn.as(demoUsers, "teacher");
            var created = drafts.create(wholeSchool, DraftContent.text("Year 4 have arrived at the coast!"));
            assertThat(created.delegation()).isNotNull();
            drafts.submit(created.id(), created.version(), "Checked.");
            var notOnATrip = drafts.create(
                    InSchool.jesseGray(
                            jdbc,
                            () -> accounts.accountWithHandle("@JGP_Kestrels")
                                    .orElseThrow()
                                    .id()),
                    DraftContent.text("Back at school"));
            drafts.submit(notOnATrip.id(), notOnATrip.version(), "Checked.");

            assertThatThrownBy(() -> tripPosts.tripPosts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tripPosts.tripPosts(PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tripPosts.toReviewCount()).isInstanceOf(AccessDeniedException.class);

            SignedIn.as(demoUsers, "deputy");
            assertThat(tripPosts.tripPosts())
                    .extracting(t -> t.draft().id())
                    .contains(created.id())
                    .doesNotContain(notOnATrip.id());
            assertThat(tripPosts.tripPosts())
                    .filteredOn(t -> t.draft().id().equals(created.id()))
                    .singleElement()
                    .satisfies(t -> assertThat(t.reviewed()).isFalse());

            var toReview = tripPosts.toReviewCount();
            assertThat(tripPosts.tripPosts(PageRequest.of(0, 500)).getContent()).isEqualTo(tripPosts.tripPosts());
            assertThat(tripPosts.tripPostCount())
                    .isEqualTo(tripPosts.tripPosts().size());
            assertThat(toReview)
                    .isEqualTo(tripPosts.tripPosts().stream()
                            .filter(t -> !t.reviewed())
                            .count());

            var reviewed = tripPosts.markReviewed(created.id());

            assertThat(tripPosts.toReviewCount()).isEqualTo(toReview - 1);

            assertThat(reviewed.reviewedBy()).isEqualTo("deputy");
            assertThat(tripPosts.tripPosts())
                    .filteredOn(t -> t.draft().id().equals(created.id()))
                    .singleElement()
                    .satisfies(t -> assertThat(t.reviewed()).isTrue());
        } finally {
            SignedIn.as(demoUsers, "deputy");
            delegations.revoke(delegation.id());
        }
    }
}
